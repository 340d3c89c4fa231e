package org.cooperation.queryservice.projection.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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

    /** Whether the two say the same about the same business dates, whenever they were recorded. */
    boolean sameAs(Step other) {
        return validFrom.equals(other.validFrom)
                && Objects.equals(validTo, other.validTo)
                && columns.equals(other.columns);
    }

    Step recordedUntil(Instant instant) {
        return new Step(rowId, agreementId, validFrom, validTo, recordedFrom, instant, columns);
    }
}
