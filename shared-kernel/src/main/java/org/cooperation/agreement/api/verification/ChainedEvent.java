package org.cooperation.agreement.api.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.cooperation.agreement.api.contract.EventJson;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Everything that makes an event, as its chain hash covers it: which agreement and where in its
 * history, the event's id, its type with version, its business content (the JSON published on the
 * topic), who sent it (principal, client, correlation id) and why (the reason its sender gave, if
 * any), when it was recorded, and the hash of the agreement's previous event (null for the first).
 *
 * <p>The hash is SHA-256 over the RFC 8785 (JCS) canonical form of one JSON object with these
 * members: {@code agreementId, client, correlationId, eventId, payload, previousHash, principal,
 * reason, recordedAt, sequence, type}; absent values are {@code null}, except {@code reason}, which
 * is left out when the command gave none, so that events chained before commands could say why keep
 * their hash; {@code recordedAt} is ISO-8601 UTC as in {@code ce_time}. Canonical JSON makes it independent of member order and whitespace, so
 * anyone who holds the record recomputes it in any language (docs/verification.md).
 */
public record ChainedEvent(
        String agreementId,
        long sequence,
        String eventId,
        String type,
        JsonNode payload,
        Instant recordedAt,
        String principal,
        String client,
        String correlationId,
        String reason,
        String previousHash) {

    public ChainedEvent {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " is negative");
        }
    }

    /** Reads the payload from its JSON bytes (as stored, or a record's value). */
    public static JsonNode payload(byte[] json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the payload is not JSON", e);
        }
    }

    /** The canonical encoding the hash is taken over (RFC 8785). */
    public byte[] canonical() {
        ObjectNode object = EventJson.mapper().createObjectNode();
        object.put("agreementId", agreementId);
        object.put("sequence", sequence);
        object.put("eventId", eventId);
        object.put("type", type);
        object.set("payload", payload);
        object.put("recordedAt", recordedAt.toString());
        object.put("principal", principal);
        object.put("client", client);
        object.put("correlationId", correlationId);
        if (reason != null) {
            object.put("reason", reason);
        }
        object.put("previousHash", previousHash);
        try {
            return new JsonCanonicalizer(EventJson.mapper().writeValueAsString(object)).getEncodedUTF8();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot canonicalize event " + sequence + " of " + agreementId, e);
        }
    }

    /** The event's hash: SHA-256 of {@link #canonical()}, as 64 lowercase hex digits. */
    public String hash() {
        return Hashes.hex(Hashes.sha256(canonical()));
    }
}
