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
        return lastDay(effectiveFrom, initialYears);
    }

    /** The last day in force after one extension, which runs from the day after the current end. */
    public LocalDate extendedEnd(LocalDate currentEnd) {
        return lastDay(currentEnd.plusDays(1), extensionYears);
    }

    /**
     * The last day of a period of whole years that begins on {@code first} (that day counted): the
     * day before the day of the same number in the period's last year, or, when that year has no
     * such day (a period from 29 February), the last day of February. So both civil codes of the
     * reference case count it (German BGB sections 187(2) and 188(2)-(3), Japanese Civil Code
     * articles 140 to 143): a year from 2020-02-29 ends on 2021-02-28, not a day short of it.
     */
    private static LocalDate lastDay(LocalDate first, int years) {
        LocalDate sameDay = first.plusYears(years);
        // plusYears gives 28 February for a 29 February the last year lacks: that day is then the last.
        return sameDay.getDayOfMonth() == first.getDayOfMonth() ? sameDay.minusDays(1) : sameDay;
    }
}
