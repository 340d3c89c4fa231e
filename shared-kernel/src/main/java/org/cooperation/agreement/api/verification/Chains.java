package org.cooperation.agreement.api.verification;

import java.util.List;
import java.util.Objects;

/** Checks one agreement's history, oldest first, against its hash chain. */
public final class Chains {

    private Chains() {}

    /**
     * Valid when the events are numbered 0, 1, 2, ... without a gap, each names the hash of the one
     * before it (the first names none), and each hash recomputes from the event's content. Otherwise
     * the verdict names the first event where one of these fails: a changed payload fails its own
     * hash, a deleted event leaves a gap, two swapped events fail at the first of them.
     */
    public static Verdict verify(List<ChainLink> history) {
        String previous = null;
        for (int i = 0; i < history.size(); i++) {
            ChainLink link = history.get(i);
            long sequence = link.event().sequence();
            if (sequence != i) {
                return Verdict.invalidAt(
                        i,
                        sequence > i
                                ? "event " + i + " is missing: the next stored event is " + sequence
                                : "event " + sequence + " is stored twice or out of order");
            }
            if (link.claimedHash() == null) {
                return Verdict.invalidAt(sequence, "event " + sequence + " has no hash");
            }
            if (!Objects.equals(link.claimedPreviousHash(), previous)) {
                return Verdict.invalidAt(
                        sequence,
                        sequence == 0
                                ? "the first event names a previous hash"
                                : "event " + sequence + " does not name the hash of event " + (sequence - 1));
            }
            if (!link.event().hash().equals(link.claimedHash())) {
                return Verdict.invalidAt(
                        sequence, "event " + sequence + " was changed: its content does not match its hash");
            }
            previous = link.claimedHash();
        }
        return Verdict.VALID;
    }
}
