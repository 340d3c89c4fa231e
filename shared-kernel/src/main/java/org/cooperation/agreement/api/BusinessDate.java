package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business date as precisely as the source gives it: a day ({@code 2018-10-29}), a month
 * ({@code 2018-10}, "October 2018") or a year ({@code 1987}, "established in 1987"), in ISO-8601's
 * reduced precision. No day is invented: the record keeps the text as given and reads it back the
 * same. A date of lower precision stands for a range of days, {@link #earliest()} to {@link
 * #latest()} (1987 is 1987-01-01 to 1987-12-31); rules judge it by the whole range and, when the range
 * is not enough to decide, say so rather than guess.
 *
 * <p>In JSON it is its ISO text. What a command gives runs from 0001 to 9999, the calendar of the
 * published language ({@link PublishedLanguage}), which PostgreSQL's date columns can also hold; a day
 * read from a record stored before that calendar was enforced is kept as it was.
 */
public record BusinessDate(Precision precision, LocalDate earliest) implements Comparable<BusinessDate> {

    /** What the JSON Schemas of the contract admit, in the same words. */
    public static final String PATTERN = "(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

    /** What {@link #PATTERN} asks for, in words, for the answer to a request that does not match it. */
    public static final String PATTERN_MESSAGE = "must be an ISO-8601 date of the years 0001 to 9999: YYYY-MM-DD, or"
            + " YYYY-MM or YYYY where the source gives no more";

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    /** How much of the date the source gives. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    public BusinessDate {
        Values.required(precision, "precision");
        Values.required(earliest, "earliest");
        // A day is any day, as a LocalDate was: a signature stored before the published language's
        // calendar was enforced keeps its meaning; commands are held to the calendar by parse().
        if (precision != Precision.DAY) {
            PublishedLanguage.date(earliest, "date");
        }
        boolean aligned = switch (precision) {
            case YEAR -> earliest.getDayOfYear() == 1;
            case MONTH -> earliest.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) {
            throw new IllegalArgumentException(earliest + " is not the first day of a " + precision);
        }
    }

    /** A date known to the day. */
    public static BusinessDate of(LocalDate day) {
        return new BusinessDate(Precision.DAY, day);
    }

    public static BusinessDate ofYear(int year) {
        return new BusinessDate(Precision.YEAR, LocalDate.of(year, 1, 1));
    }

    public static BusinessDate ofMonth(int year, int month) {
        return new BusinessDate(Precision.MONTH, LocalDate.of(year, month, 1));
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is an {@link
     * InvalidValueException} of the field {@code date} (a command names its own field).
     */
    public static BusinessDate parse(String text) {
        return parse(text, "date");
    }

    /**
     * Reads the JSON of the contract and of stored documents: {@link #parse(String)}, and besides a day in
     * any form {@link LocalDate} reads, as the signature's dates were before they could be vague
     * ({@code AgreementSigned} up to version 3 held a {@code LocalDate}).
     */
    @JsonCreator
    public static BusinessDate read(String text) {
        if (text != null && !FORMAT.matcher(text).matches()) {
            try {
                return of(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException notADay) {
                // parse() names the format expected.
            }
        }
        return parse(text);
    }

    public static BusinessDate parse(String text, String field) {
        Values.required(text, field);
        Matcher parts = FORMAT.matcher(text);
        if (!parts.matches()) {
            throw new InvalidValueException(field, "format", "must be YYYY, YYYY-MM or YYYY-MM-DD, not " + text);
        }
        int year = Integer.parseInt(parts.group(1));
        if (year < 1) {
            throw new InvalidValueException(
                    field,
                    PublishedLanguage.DATE_RULE,
                    "must be between " + PublishedLanguage.FIRST_DATE + " and " + PublishedLanguage.LAST_DATE);
        }
        try {
            if (parts.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(parts.group(2));
            return parts.group(3) == null
                    ? ofMonth(year, month)
                    : of(LocalDate.of(year, month, Integer.parseInt(parts.group(3))));
        } catch (java.time.DateTimeException notADay) {
            throw new InvalidValueException(field, "format", text + " is not a date of the calendar");
        }
    }

    /** The last day the date may stand for: 1987 ends on 1987-12-31, 2018-10 on 2018-10-31. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case DAY -> earliest;
        };
    }

    /** Whether the source gives the day. */
    public boolean exact() {
        return precision == Precision.DAY;
    }

    public int year() {
        return earliest.getYear();
    }

    /** Certainly before {@code day}: every day the date may stand for is. */
    public boolean before(LocalDate day) {
        return latest().isBefore(day);
    }

    /** Certainly after {@code day}: every day the date may stand for is. */
    public boolean after(LocalDate day) {
        return earliest.isAfter(day);
    }

    /** Whether some of the days it may stand for are {@code day} or on either side of it. */
    public boolean spans(LocalDate day) {
        return !before(day) && !after(day) && !exact();
    }

    /** Earliest first, then the vaguer date first (1987 before 1987-01 before 1987-01-01). */
    @Override
    public int compareTo(BusinessDate other) {
        int byDay = earliest.compareTo(other.earliest);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    /** The ISO-8601 text, as the source gave it. */
    @JsonValue
    @Override
    public String toString() {
        String day = earliest.toString();
        return switch (precision) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.substring(0, 7);
            case DAY -> day;
        };
    }
}
