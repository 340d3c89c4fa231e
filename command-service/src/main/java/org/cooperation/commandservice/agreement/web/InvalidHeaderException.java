package org.cooperation.commandservice.agreement.web;

/** A request header whose value breaks its format; answered with 400 naming the header. */
class InvalidHeaderException extends RuntimeException {

    private final String header;

    InvalidHeaderException(String header, String message) {
        super(header + " " + message);
        this.header = header;
    }

    String header() {
        return header;
    }
}
