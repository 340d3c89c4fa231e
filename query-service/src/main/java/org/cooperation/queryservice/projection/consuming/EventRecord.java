package org.cooperation.queryservice.projection.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.cooperation.agreement.api.PublishedLanguage;
import org.cooperation.agreement.api.contract.AdmissibleJson;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.queryservice.projection.history.HistoryEntry;

/**
 * One record of the events topic, read and checked, ready to be applied: the event with its
 * envelope, who caused it, and its JSON as received.
 */
public record EventRecord(ReceivedEvent received, Audit audit, String payload, EventEnvelope.Chain chain) {

    /** Who sent the command that caused the event, and why, from the record's headers. */
    public record Audit(String principal, String client, String correlationId, String reason) {}

    /**
     * Reads a record; anything that makes it unreadable makes it unusable for good, so the
     * listener sends it to the dead-letter topic instead of retrying it.
     */
    public static EventRecord read(ConsumerRecord<String, byte[]> record) {
        // Events stored before the command side refused what the published language does not admit
        // are stored and shown with U+FFFD in its place, rather than failing here for ever.
        byte[] value = AdmissibleJson.of(record.value());
        ReceivedEvent received;
        try {
            received = ReceivedEvent.read(name -> header(record, name), value);
        } catch (RuntimeException e) {
            throw new UnusableRecordException("unreadable record: " + e.getMessage(), e);
        }
        EventRecord read = new EventRecord(
                received,
                new Audit(
                        PublishedLanguage.repaired(header(record, EventHeaders.PRINCIPAL)),
                        PublishedLanguage.repaired(header(record, EventHeaders.CLIENT)),
                        PublishedLanguage.repaired(header(record, EventHeaders.CORRELATION_ID)),
                        PublishedLanguage.repaired(header(record, EventHeaders.REASON))),
                new String(value, UTF_8),
                new EventEnvelope.Chain(header(record, EventHeaders.HASH), header(record, EventHeaders.PREVIOUS_HASH)));
        read.requireWellPlaced();
        return read;
    }

    public String agreementId() {
        return received.agreementId().value();
    }

    public long sequence() {
        return received.sequence();
    }

    public HistoryEntry historyEntry() {
        return new HistoryEntry(
                received.sequence(),
                received.eventId(),
                received.type(),
                received.event().businessDate(),
                received.recordedAt(),
                audit.principal(),
                audit.client(),
                audit.correlationId(),
                audit.reason(),
                null,
                payload,
                chain.hash(),
                chain.previousHash());
    }

    /** A signature opens an agreement's history and nothing else does; anything else can never fit. */
    private void requireWellPlaced() {
        boolean signature = received.event() instanceof AgreementSigned;
        if (received.sequence() < 0 || signature != (received.sequence() == 0)) {
            throw new UnusableRecordException(received.type() + " cannot be event " + received.sequence() + " of "
                    + received.agreementId() + ": an agreement's history starts with its signature at 0");
        }
        if (!received.event().agreementId().equals(received.agreementId())) {
            throw new UnusableRecordException("the record's subject " + received.agreementId()
                    + " is not the event's agreement " + received.event().agreementId());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
