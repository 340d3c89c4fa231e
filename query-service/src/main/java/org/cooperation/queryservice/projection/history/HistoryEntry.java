package org.cooperation.queryservice.projection.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/** One event in an agreement's history, as auditors see it; {@code payload} is the event's JSON. */
public record HistoryEntry(
        long sequence,
        String eventId,
        String type,
        LocalDate businessDate,
        Instant recordedAt,
        String principal,
        String client,
        String correlationId,
        @JsonRawValue String payload) {
}
