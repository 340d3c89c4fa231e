package org.cooperation.agreement.api;

import java.time.LocalDate;

/**
 * How long an agreement is in operation and how often it may be extended:
 * "an initial period of five years ... can be extended once, also for a period of five years".
 */
public record Term(int initialYears, int maxExtensions, int extensionYears) {

    public Term {
        Values.atLeast(initialYears, 1, "term.initialYears");
        Values.atLeast(maxExtensions, 0, "term.maxExtensions");
        if (maxExtensions > 0) {
            Values.atLeast(extensionYears, 1, "term.extensionYears");
        } else {
            Values.atLeast(extensionYears, 0, "term.extensionYears");
        }
    }

    /** The last day in force of the initial period: effective 2016-04-28 for five years gives 2021-04-27. */
    public LocalDate initialEnd(LocalDate effectiveFrom) {
        return effectiveFrom.plusYears(initialYears).minusDays(1);
    }

    /**
     * The last day in force after one extension. Counted from the day after the current end,
     * so that an end on 28 February does not drift in leap years.
     */
    public LocalDate extendedEnd(LocalDate currentEnd) {
        return currentEnd.plusDays(1).plusYears(extensionYears).minusDays(1);
    }
}
