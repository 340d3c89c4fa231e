package org.cooperation.queryservice.projection.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in an agreement's history, as auditors see it: who caused it, when and why ({@code reason},
 * as the sender of the command said); {@code payload} is the event's JSON. {@code retractedBy} marks
 * a fact retracted as entered in error: by which event, when, by whom and why. {@code hash} and
 * {@code previousHash} are its place in the agreement's hash chain (null before the chain began).
 */
public record HistoryEntry(
        long sequence,
        String eventId,
        String type,
        LocalDate businessDate,
        Instant recordedAt,
        String principal,
        String client,
        String correlationId,
        String reason,
        Retraction retractedBy,
        @JsonRawValue String payload,
        String hash,
        String previousHash) {

    /** The {@code FactRetracted} that retracted an entry: its sequence, when it was recorded, by whom and why. */
    public record Retraction(long sequence, Instant recordedAt, String principal, String reason) {

        /** The mark a file shows on the retracted entry: by which entry, when, by whom and why. */
        public String describe() {
            return "retracted by #" + sequence + ", recorded " + recordedAt + " by "
                    + (principal == null ? "(unknown)" : principal) + (reason == null ? "" : ": " + reason);
        }
    }

    /** The entry as the record showed it at {@code recordedBy} (null: now): a retraction recorded later not yet made. */
    public HistoryEntry asRecordedBy(Instant recordedBy) {
        if (recordedBy == null
                || retractedBy == null
                || !retractedBy.recordedAt().isAfter(recordedBy)) {
            return this;
        }
        return new HistoryEntry(
                sequence,
                eventId,
                type,
                businessDate,
                recordedAt,
                principal,
                client,
                correlationId,
                reason,
                null,
                payload,
                hash,
                previousHash);
    }
}
