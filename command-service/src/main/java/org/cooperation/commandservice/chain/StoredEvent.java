package org.cooperation.commandservice.chain;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.common.DateTimeUtils;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.PublishedType;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.agreement.api.verification.ChainedEvent;

/**
 * One row of the event store as the chain sees it: the event in the form the topic carries (an
 * event stored in an older version of its type is upcast, as the publisher sends it), with the
 * hashes its metadata holds.
 */
public record StoredEvent(
        long globalIndex,
        String agreementId,
        long sequence,
        String eventId,
        String payloadType,
        String revision,
        byte[] payload,
        ObjectNode metadata,
        String timestamp) {

    /** The columns {@link #read} expects, in its order. */
    public static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, eventidentifier, "
            + "payloadtype, payloadrevision, payload, metadata, timestamp";

    public static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(
                row.getLong(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getBytes(7),
                metadata(row.getBytes(8)),
                row.getString(9));
    }

    /** The event as chained, naming {@code previousHash} as its predecessor's. */
    public ChainedEvent chained(String previousHash) {
        Class<? extends AgreementEvent> type = eventClass();
        String storedTypeName = revision == null
                ? EventTypes.typeName(type)
                : new PublishedType(type, Integer.parseInt(revision)).typeName();
        // Read and written again as the publisher does, so that the hash covers what goes on the topic.
        JsonNode published = ChainedEvent.payload(EventJson.write(EventJson.read(storedTypeName, payload)));
        return new ChainedEvent(
                agreementId,
                sequence,
                eventId,
                EventTypes.typeName(type),
                published,
                DateTimeUtils.parseInstant(timestamp),
                text(AuditMetadata.PRINCIPAL),
                text(AuditMetadata.CLIENT),
                text(AuditMetadata.CORRELATION_ID),
                text(AuditMetadata.REASON),
                previousHash);
    }

    /** The event as stored, with the hashes its metadata claims. */
    public ChainLink link() {
        return new ChainLink(chained(text(ChainMetadata.PREVIOUS_HASH)), text(ChainMetadata.HASH));
    }

    /** The metadata with the event's place in its chain, as bytes to store. */
    public byte[] metadataChained(String hash, String previousHash) {
        ObjectNode chained = metadata.deepCopy();
        chained.put(ChainMetadata.HASH, hash);
        if (previousHash == null) {
            chained.remove(ChainMetadata.PREVIOUS_HASH);
        } else {
            chained.put(ChainMetadata.PREVIOUS_HASH, previousHash);
        }
        return chained.toString().getBytes(UTF_8);
    }

    private Class<? extends AgreementEvent> eventClass() {
        try {
            return Class.forName(payloadType).asSubclass(AgreementEvent.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException(
                    "event " + sequence + " of " + agreementId + " has the unknown type " + payloadType, e);
        }
    }

    private String text(String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ObjectNode metadata(byte[] stored) {
        if (stored == null) {
            return EventJson.mapper().createObjectNode();
        }
        try {
            return (ObjectNode) EventJson.mapper().readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored metadata", e);
        }
    }
}
