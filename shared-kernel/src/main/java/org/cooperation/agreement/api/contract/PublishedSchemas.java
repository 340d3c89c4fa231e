package org.cooperation.agreement.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * Checks a record's value against the JSON Schema of its type, as this jar publishes it (formats
 * asserted, e.g. {@code date}): for a partner agency that validates what it consumes, and for the
 * tests that hold the command side to its contract.
 */
public final class PublishedSchemas {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(EventSchemas.BASE_URI, "classpath:" + EventSchemas.RESOURCE_FOLDER)));
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private PublishedSchemas() {}

    /** What is wrong with a record's value by the schema its {@code ce_type} names; empty when nothing is. */
    public static Set<ValidationMessage> violations(String typeName, JsonNode value) {
        Class<? extends AgreementEvent> type = EventTypes.forTypeName(typeName)
                .orElseThrow(() -> new AssertionError("not a current event type: " + typeName));
        return SCHEMAS.getSchema(SchemaLocation.of(EventSchemas.uri(type)), STRICT_FORMATS)
                .validate(value);
    }
}
