package org.cooperation.queryservice.web;

import org.springframework.http.HttpStatus;

/** A refusal that maps straight to one RFC 7807 answer: its status, type, title and detail. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
