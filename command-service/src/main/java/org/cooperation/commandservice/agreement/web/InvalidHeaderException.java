package org.cooperation.commandservice.agreement.web;

/** A request header whose value breaks its format; answered with 400 naming the header and the rule. */
class InvalidHeaderException extends RuntimeException {

    private final String header;
    private final String rule;

    InvalidHeaderException(String header, String rule, String message) {
        super(header + " " + message);
        this.header = header;
        this.rule = rule;
    }

    String header() {
        return header;
    }

    String rule() {
        return rule;
    }
}
