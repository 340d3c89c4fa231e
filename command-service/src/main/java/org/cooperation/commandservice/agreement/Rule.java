package org.cooperation.commandservice.agreement;

/**
 * The rules of DOMAIN.md that a command can break, each with the stable code a client sees
 * in the problem detail and the request field it concerns.
 */
public enum Rule {
    PARTIES_AT_LEAST_TWO("parties", "an agreement has at least two parties"),
    PARTIES_DISTINCT("parties", "each party appears once"),
    EFFECTIVE_NOT_BEFORE_SIGNATURE("effectiveFrom", "an agreement takes effect on or after the day it is signed"),
    NOTICE_DAYS_NOT_NEGATIVE("terminationNoticeDays", "the notice period is zero or more days");

    private final String field;
    private final String description;

    Rule(String field, String description) {
        this.field = field;
        this.description = description;
    }

    /** The code clients match on, e.g. {@code parties-at-least-two}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String field() {
        return field;
    }

    public String description() {
        return description;
    }
}
