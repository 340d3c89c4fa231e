package org.cooperation.agreement.api.contract;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * The headers of one record on {@link Topics#AGREEMENT_EVENTS}, as text: what the publisher
 * sends and {@link ReceivedEvent#read} reads back.
 */
public final class EventEnvelope {

    private EventEnvelope() {}

    /** Who sent the command that caused an event, and why; any part may be null. */
    public record Audit(String correlationId, String principal, String client, String reason) {

        /** Who sent a command that said nothing about why. */
        public Audit(String correlationId, String principal, String client) {
            this(correlationId, principal, client, null);
        }
    }

    /**
     * An event's place in its agreement's hash chain: its hash, and its predecessor's (null for the
     * first event). Null as a whole for events stored before the chain began.
     */
    public record Chain(String hash, String previousHash) {}

    public static Map<String, String> headers(
            String eventId, AgreementEvent event, long sequence, Instant recordedAt, Audit audit, Chain chain) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.ID, eventId);
        headers.put(EventHeaders.TYPE, EventTypes.typeName(event.getClass()));
        headers.put(EventHeaders.SOURCE, EventHeaders.SOURCE_COMMAND_SERVICE);
        headers.put(EventHeaders.SUBJECT, event.agreementId().value());
        headers.put(EventHeaders.TIME, recordedAt.toString());
        headers.put(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0);
        headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        headers.put(EventHeaders.SEQUENCE, String.valueOf(sequence));
        headers.put(EventHeaders.RECORDED_AT, recordedAt.toString());
        putIfPresent(headers, EventHeaders.CORRELATION_ID, audit.correlationId());
        putIfPresent(headers, EventHeaders.PRINCIPAL, audit.principal());
        putIfPresent(headers, EventHeaders.CLIENT, audit.client());
        putIfPresent(headers, EventHeaders.REASON, audit.reason());
        if (chain != null) {
            putIfPresent(headers, EventHeaders.HASH, chain.hash());
            putIfPresent(headers, EventHeaders.PREVIOUS_HASH, chain.previousHash());
        }
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
