package org.cooperation.agreement.api.contract;

import java.time.Instant;
import java.util.function.Function;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * One record of {@link Topics#AGREEMENT_EVENTS} as a consumer sees it: the envelope from the
 * headers and the typed event from the value. Consumers dedupe on {@code eventId}, or on
 * {@code agreementId} and {@code sequence}. {@code type} is the {@code ce_type} as received, which
 * may name an older version; {@code event} is always of the current class (see {@link EventUpcasts}).
 */
public record ReceivedEvent(
        String eventId, String type, AgreementId agreementId, long sequence, Instant recordedAt, AgreementEvent event) {

    /**
     * Reads a record, given a way to look up a header's text (null when absent):
     * {@code ReceivedEvent.read(name -> text(record.headers().lastHeader(name)), record.value())}.
     */
    public static ReceivedEvent read(Function<String, String> header, byte[] value) {
        String type = required(header, EventHeaders.TYPE);
        return new ReceivedEvent(
                required(header, EventHeaders.ID),
                type,
                AgreementId.of(required(header, EventHeaders.SUBJECT)),
                Long.parseLong(required(header, EventHeaders.SEQUENCE)),
                Instant.parse(required(header, EventHeaders.TIME)),
                EventJson.read(type, value));
    }

    private static String required(Function<String, String> header, String name) {
        String text = header.apply(name);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("record has no " + name + " header");
        }
        return text;
    }
}
