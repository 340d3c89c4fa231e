package org.cooperation.queryservice.projection.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in an agreement's history, as auditors see it: who caused it, when and why ({@code reason},
 * as the sender of the command said); {@code payload} is the event's JSON.
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
        @JsonRawValue String payload) {
}
