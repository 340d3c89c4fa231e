package org.cooperation.queryservice.web;

import org.cooperation.agreement.api.Values;

/** Checks of query parameters shared by the endpoints, so each rule and its wording is written once. */
public final class QueryParameters {

    private QueryParameters() {}

    /** A page size: at least 1 and at most the stated maximum, which the answer names when it refuses. */
    public static int pageSize(int size, int maximum) {
        return Values.atMost(Values.atLeast(size, 1, "size"), maximum, "size");
    }
}
