package org.cooperation.agreement.api.verification;

import java.time.Instant;
import java.util.function.Function;
import org.cooperation.agreement.api.contract.EventHeaders;

/**
 * An event as a store or a record holds it: its content (with the previous hash it names, which
 * its hash covers) and the hash stored beside it, null where none was stored.
 */
public record ChainLink(ChainedEvent event, String claimedHash) {

    /**
     * An event as a record of the events topic carries it, given a way to look up a header's text
     * (null when absent) and the record's value:
     * {@code ChainLink.fromRecord(name -> text(record.headers().lastHeader(name)), record.value())}.
     */
    public static ChainLink fromRecord(Function<String, String> header, byte[] value) {
        return new ChainLink(
                new ChainedEvent(
                        required(header, EventHeaders.SUBJECT),
                        Long.parseLong(required(header, EventHeaders.SEQUENCE)),
                        required(header, EventHeaders.ID),
                        required(header, EventHeaders.TYPE),
                        ChainedEvent.payload(value),
                        Instant.parse(required(header, EventHeaders.TIME)),
                        header.apply(EventHeaders.PRINCIPAL),
                        header.apply(EventHeaders.CLIENT),
                        header.apply(EventHeaders.CORRELATION_ID),
                        header.apply(EventHeaders.REASON),
                        header.apply(EventHeaders.PREVIOUS_HASH)),
                header.apply(EventHeaders.HASH));
    }

    /** The previous hash the event names. */
    public String claimedPreviousHash() {
        return event.previousHash();
    }

    private static String required(Function<String, String> header, String name) {
        String text = header.apply(name);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("record has no " + name + " header");
        }
        return text;
    }
}
