package org.cooperation.queryservice.reading.current;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.cooperation.agreement.api.InvalidValueException;

/**
 * A point in both times of the record: a business date (what the world looked like on that day,
 * as far as the record knows now) and a recording instant (what the record said at that moment).
 * Either may be absent, not both. {@code day} is the day whose "today" rules (overdue meetings)
 * are judged on: the business date, or else the recording instant's day in the business zone.
 */
public record AsOf(LocalDate businessDate, Instant recordedAt, LocalDate day) {

    /** The point asked for, or null when neither parameter was given (the current state). */
    public static AsOf of(LocalDate asOf, Instant recordedAsOf, Clock clock) {
        if (asOf == null && recordedAsOf == null) {
            return null;
        }
        // The record only tells what has happened; a state "as of" tomorrow would be a guess.
        if (asOf != null && asOf.isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("asOf", "not-after-today", "must not be after today");
        }
        if (recordedAsOf != null && recordedAsOf.isAfter(clock.instant())) {
            throw new InvalidValueException("recordedAsOf", "not-in-future", "must not be in the future");
        }
        return new AsOf(asOf, recordedAsOf, asOf != null ? asOf : LocalDate.ofInstant(recordedAsOf, clock.getZone()));
    }

    public boolean includes(LocalDate eventBusinessDate) {
        return businessDate == null || !eventBusinessDate.isAfter(businessDate);
    }

    public String describe() {
        if (businessDate == null) {
            return "as recorded at " + recordedAt;
        }
        return "as of " + businessDate + (recordedAt == null ? "" : " as recorded at " + recordedAt);
    }
}
