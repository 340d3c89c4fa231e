package org.cooperation.agreement.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas and the event records describe the same fields, type by type. */
class EventSchemasTest {

    static Set<Class<? extends AgreementEvent>> eventTypes() {
        return new HashSet<>(EventTypes.all());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void describesEveryFieldOfTheEventAndNoOther(Class<? extends AgreementEvent> type) throws IOException {
        JsonNode schema = schemaOf(type);

        Set<String> described = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);
        Set<String> components = new HashSet<>(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).toList());

        assertThat(described).isEqualTo(components);
        schema.get("required").forEach(field -> assertThat(components).contains(field.asText()));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void carriesThePublicTypeNameAndItsOwnAddress(Class<? extends AgreementEvent> type) throws IOException {
        JsonNode schema = schemaOf(type);

        assertThat(schema.get("title").asText()).isEqualTo(EventTypes.typeName(type));
        assertThat(schema.get("$id").asText()).isEqualTo(EventSchemas.uri(type));
    }

    private static JsonNode schemaOf(Class<? extends AgreementEvent> type) throws IOException {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(EventSchemas.resource(type))) {
            assertThat(in).as("schema of " + type.getSimpleName()).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
