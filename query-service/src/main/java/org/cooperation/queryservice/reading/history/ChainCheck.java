package org.cooperation.queryservice.reading.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.agreement.api.verification.ChainedEvent;
import org.cooperation.agreement.api.verification.Chains;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.queryservice.projection.history.HistoryEntry;

/**
 * What the read models hold of an agreement's history, verified against the chain the command side
 * published with it: every entry recomputes to its hash and names its predecessor's. One check for
 * the verification endpoint and the PDF extract.
 */
public final class ChainCheck {

    private ChainCheck() {}

    /** The verdict on {@code entries}, an agreement's whole history (or its beginning) in sequence order. */
    public static Verdict of(String agreementId, List<HistoryEntry> entries) {
        return Chains.verify(entries.stream()
                .map(entry -> new ChainLink(
                        new ChainedEvent(
                                agreementId,
                                entry.sequence(),
                                entry.eventId(),
                                entry.type(),
                                ChainedEvent.payload(entry.payload().getBytes(UTF_8)),
                                entry.recordedAt(),
                                entry.principal(),
                                entry.client(),
                                entry.correlationId(),
                                entry.reason(),
                                entry.previousHash()),
                        entry.hash()))
                .toList());
    }
}
