package org.cooperation.websecurity;

import java.util.List;

/** Query parameters that the endpoint does not know: refused, never silently ignored. */
public class UnknownParameterException extends RuntimeException {

    private final List<String> names;

    public UnknownParameterException(List<String> names) {
        super("unknown query parameters " + names);
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
