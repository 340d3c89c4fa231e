package org.cooperation.queryservice.projection.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the timeline: as of every business date from {@code validFrom} (included) to
 * {@code validTo} (excluded; null: on and on), the agreement's list columns were {@code columns},
 * as the record said from {@code recordedFrom} (included) to {@code recordedTo} (excluded; null:
 * it still says so).
 *
 * @param rowId null until stored
 */
public record Step(
        Long rowId,
        String agreementId,
        LocalDate validFrom,
        LocalDate validTo,
        Instant recordedFrom,
        Instant recordedTo,
        ListColumns columns) {

    /** What a step says about which business dates, whenever it was recorded: two steps with equal spans say the same. */
    record Span(LocalDate validFrom, LocalDate validTo, ListColumns columns) {}

    Span span() {
        return new Span(validFrom, validTo, columns);
    }

    Step recordedUntil(Instant instant) {
        return new Step(rowId, agreementId, validFrom, validTo, recordedFrom, instant, columns);
    }
}
