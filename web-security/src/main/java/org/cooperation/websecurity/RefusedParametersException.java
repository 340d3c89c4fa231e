package org.cooperation.websecurity;

import java.util.List;

/**
 * Query parameters refused for what they are rather than for their value: unknown to the endpoint
 * ({@code unknown-parameter}), or given twice where it takes one value ({@code repeated}). Never
 * silently ignored, nor one of them picked.
 */
public class RefusedParametersException extends RuntimeException {

    private final List<String> names;
    private final String rule;

    public RefusedParametersException(List<String> names, String rule, String message) {
        super(message);
        this.names = List.copyOf(names);
        this.rule = rule;
    }

    public List<String> names() {
        return names;
    }

    public String rule() {
        return rule;
    }
}
