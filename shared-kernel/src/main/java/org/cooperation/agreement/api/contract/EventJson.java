package org.cooperation.agreement.api.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * Turns events into the JSON of the wire and back: ISO-8601 dates, no Java class names.
 * Unknown properties are ignored when reading, so that a consumer keeps working when a
 * later version of the same event type adds an optional field.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private EventJson() {}

    /** The settings of the wire format, for services that build their own mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(AgreementEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a record's value, given its {@code ce_type} header. A record of an older version of its
     * type is brought to the current version first (see {@link EventUpcasts}), so the event is
     * always of the class this library has now.
     */
    public static AgreementEvent read(String typeName, byte[] json) {
        try {
            Optional<Class<? extends AgreementEvent>> current = EventTypes.forTypeName(typeName);
            if (current.isPresent()) {
                return MAPPER.readValue(json, current.get());
            }
            PublishedType older =
                    EventUpcasts.olderVersion(typeName).orElseThrow(() -> new UnknownEventTypeException(typeName));
            return MAPPER.treeToValue(EventUpcasts.toCurrent(older, MAPPER.readTree(json)), older.type());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + typeName, e);
        }
    }
}
