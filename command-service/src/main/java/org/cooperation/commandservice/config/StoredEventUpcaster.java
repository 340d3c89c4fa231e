package org.cooperation.commandservice.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.cooperation.agreement.api.contract.EventUpcasts;
import org.cooperation.agreement.api.contract.PublishedType;
import org.springframework.stereotype.Component;

/**
 * Brings events stored in an older version of their type to the current version as they are read
 * from the event store: the aggregate loads them, and the publisher, on a replay, sends them in the
 * current version. The stored rows stay as they were written; the change itself is
 * {@link EventUpcasts}, the same one consumers apply to older records on the topic.
 *
 * <p>The stored revision is the event type's published version (see {@link AxonConfig}), so an
 * event written before a new version was introduced says which version its JSON has.
 */
@Component
public class StoredEventUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return olderVersion(event.getType()).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        PublishedType older = olderVersion(event.getType()).orElseThrow();
        SerializedType current = new SimpleSerializedType(
                event.getType().getName(),
                String.valueOf(PublishedType.current(older.type()).version()));
        return event.upcastPayload(current, JsonNode.class, json -> EventUpcasts.toCurrent(older, json));
    }

    private static Optional<PublishedType> olderVersion(SerializedType stored) {
        return EventUpcasts.olderVersions().stream()
                .filter(older -> older.type().getName().equals(stored.getName())
                        && String.valueOf(older.version()).equals(stored.getRevision()))
                .findFirst();
    }
}
