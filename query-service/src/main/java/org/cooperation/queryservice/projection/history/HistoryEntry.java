package org.cooperation.queryservice.projection.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in an agreement's history, as auditors see it; {@code payload} is the event's JSON, {@code hash}
 * and {@code previousHash} its place in the agreement's hash chain (null before the chain began).
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
        @JsonRawValue String payload,
        String hash,
        String previousHash) {}
