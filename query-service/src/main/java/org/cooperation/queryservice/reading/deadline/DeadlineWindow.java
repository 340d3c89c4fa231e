package org.cooperation.queryservice.reading.deadline;

import java.time.LocalDate;
import java.time.Period;
import org.cooperation.agreement.api.InvalidValueException;

/**
 * The days a list of deadlines covers, both included.
 *
 * @param from the first day
 * @param to   the last day
 */
public record DeadlineWindow(LocalDate from, LocalDate to) {

    /** The longest window: enough for every deadline of a ten-year term, small enough to answer at once. */
    public static final Period LONGEST = Period.ofYears(10);
    /** Without {@code to}: a year from {@code from}. */
    public static final Period DEFAULT_LENGTH = Period.ofYears(1);

    public DeadlineWindow {
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "not-before-from", "must not be before from (" + from + ")");
        }
        if (to.isAfter(from.plus(LONGEST))) {
            throw new InvalidValueException(
                    "to",
                    "window-at-most-10-years",
                    "must be at most ten years after from (" + from + "); ask for several windows");
        }
    }

    /** The window asked for: {@code from} defaults to {@code today}, {@code to} to a year after {@code from}. */
    public static DeadlineWindow of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from == null ? today : from;
        return new DeadlineWindow(start, to == null ? start.plus(DEFAULT_LENGTH).minusDays(1) : to);
    }
}
