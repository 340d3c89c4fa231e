package org.cooperation.agreement.api;

/**
 * A value that breaks its own rule, such as a country code that is not ISO 3166-1.
 * Carries the field and the rule so that an HTTP layer can answer with a problem detail
 * naming both, instead of a bare message.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String rule, String message) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
