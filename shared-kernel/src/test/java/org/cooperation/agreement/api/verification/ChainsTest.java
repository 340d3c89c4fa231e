package org.cooperation.agreement.api.verification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainsTest {

    /** A well-chained history of {@code length} events. */
    static List<ChainLink> history(int length) {
        List<ChainLink> links = new ArrayList<>();
        String previous = null;
        for (int sequence = 0; sequence < length; sequence++) {
            ChainedEvent event = event(sequence, "{\"n\":" + sequence + "}", previous);
            links.add(new ChainLink(event, event.hash()));
            previous = event.hash();
        }
        return links;
    }

    static ChainedEvent event(long sequence, String payload, String previous) {
        return new ChainedEvent(
                "a-1",
                sequence,
                "e-" + sequence,
                "org.cooperation.agreement.MilestoneRecorded.v1",
                ChainedEvent.payload(payload.getBytes(UTF_8)),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(sequence),
                "secretariat",
                "tool",
                "c-" + sequence,
                null,
                previous);
    }

    @Test
    void acceptsAnIntactHistory() {
        assertThat(Chains.verify(history(5))).isEqualTo(Verdict.VALID);
        assertThat(Chains.verify(List.of())).isEqualTo(Verdict.VALID);
    }

    @Test
    void namesAChangedPayload() {
        List<ChainLink> links = history(5);
        ChainLink original = links.get(2);
        links.set(2, new ChainLink(event(2, "{\"n\":99}", original.claimedPreviousHash()), original.claimedHash()));
        assertThat(Chains.verify(links))
                .isEqualTo(Verdict.invalidAt(2, "event 2 was changed: its content does not match its hash"));
    }

    @Test
    void namesADeletedEvent() {
        List<ChainLink> links = history(5);
        links.remove(3);
        assertThat(Chains.verify(links))
                .isEqualTo(Verdict.invalidAt(3, "event 3 is missing: the next stored event is 4"));
    }

    @Test
    void namesTheFirstOfTwoSwappedEvents() {
        List<ChainLink> links = history(5);
        ChainLink second = links.get(1);
        ChainLink third = links.get(2);
        // Swapped in the store: each row takes the other's sequence number, and keeps the rest.
        links.set(1, renumbered(third, 1));
        links.set(2, renumbered(second, 2));
        assertThat(Chains.verify(links)).isEqualTo(Verdict.invalidAt(1, "event 1 does not name the hash of event 0"));
    }

    @Test
    void namesAnEventWithoutHash() {
        List<ChainLink> links = history(3);
        links.set(2, new ChainLink(links.get(2).event(), null));
        assertThat(Chains.verify(links)).isEqualTo(Verdict.invalidAt(2, "event 2 has no hash"));
    }

    private static ChainLink renumbered(ChainLink link, long sequence) {
        ChainedEvent e = link.event();
        return new ChainLink(
                new ChainedEvent(
                        e.agreementId(),
                        sequence,
                        e.eventId(),
                        e.type(),
                        e.payload(),
                        e.recordedAt(),
                        e.principal(),
                        e.client(),
                        e.correlationId(),
                        e.reason(),
                        e.previousHash()),
                link.claimedHash());
    }
}
