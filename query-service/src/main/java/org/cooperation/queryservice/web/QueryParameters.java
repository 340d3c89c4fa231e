package org.cooperation.queryservice.web;

import org.cooperation.agreement.api.InvalidValueException;

/** Checks of query parameters shared by the endpoints, so each rule and its wording is written once. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static long atLeast(long value, long minimum, String field) {
        if (value < minimum) {
            throw new InvalidValueException(field, "minimum", "must be at least " + minimum);
        }
        return value;
    }

    /** A page size: at least 1 and at most the stated maximum, which the answer names when it refuses. */
    public static int pageSize(int size, int maximum) {
        atLeast(size, 1, "size");
        if (size > maximum) {
            throw new InvalidValueException("size", "maximum", "must be at most " + maximum);
        }
        return size;
    }
}
