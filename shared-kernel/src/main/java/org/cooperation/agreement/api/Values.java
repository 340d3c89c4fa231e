package org.cooperation.agreement.api;

import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the value objects, so each rule is written once. */
public final class Values {

    private Values() {}

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "required", "is required");
        }
        return value;
    }

    public static String requiredText(String value, String field, int maxLength) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "required", "must not be blank");
        }
        return optionalText(value, field, maxLength);
    }

    /** Absent, or a text that says something: a place or title left blank is left out, not recorded empty. */
    public static String optionalNonBlank(String value, String field, int maxLength) {
        return value == null ? null : requiredText(value, field, maxLength);
    }

    public static String optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field, "max-length", "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static String matching(String value, Pattern pattern, String field, String description) {
        required(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, "format", "must be " + description);
        }
        return value;
    }

    /** An immutable copy; null reads as empty, because an absent list means "none". */
    public static <T> List<T> list(List<T> values, String field, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxSize) {
            throw new InvalidValueException(field, "max-items", "must have at most " + maxSize + " items");
        }
        for (int i = 0; i < values.size(); i++) {
            required(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    public static int atMost(int value, int maximum, String field) {
        if (value > maximum) {
            throw new InvalidValueException(field, "maximum", "must be at most " + maximum);
        }
        return value;
    }

    public static int atLeast(int value, int minimum, String field) {
        return (int) atLeast((long) value, minimum, field);
    }

    public static long atLeast(long value, long minimum, String field) {
        if (value < minimum) {
            throw new InvalidValueException(field, "minimum", "must be at least " + minimum);
        }
        return value;
    }
}
