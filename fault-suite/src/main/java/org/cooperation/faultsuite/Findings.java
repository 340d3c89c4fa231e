package org.cooperation.faultsuite;

import java.util.List;

/**
 * What the checks found for one scenario's agreements once the system was quiet. Every count
 * but the acknowledgements, the rejections and the topic's duplicates must be zero.
 * {@code rejectedButApplied} counts commands whose first attempt took effect unanswered and whose
 * retry with the same {@code Idempotency-Key} was then refused: the client would be told "no"
 * for a command the record holds.
 */
record Findings(
        long acknowledged,
        long rejected,
        long unanswered,
        long lost,
        long doubleApplied,
        long rejectedButApplied,
        long storedEvents,
        long sequenceGaps,
        long missingOnTopic,
        long duplicatesOnTopic,
        long outOfOrderOnTopic,
        long readModelBehind,
        long stateDiffersFromFold,
        List<String> examples) {

    boolean nothingLost() {
        return lost == 0
                && doubleApplied == 0
                && rejectedButApplied == 0
                && sequenceGaps == 0
                && missingOnTopic == 0
                && outOfOrderOnTopic == 0
                && readModelBehind == 0
                && stateDiffersFromFold == 0;
    }

    /** The read side has everything the store has; the load's own figures may still be wrong. */
    boolean caughtUp() {
        return missingOnTopic == 0 && readModelBehind == 0 && stateDiffersFromFold == 0;
    }
}
