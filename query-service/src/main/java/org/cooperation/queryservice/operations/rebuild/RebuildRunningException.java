package org.cooperation.queryservice.operations.rebuild;

/** A rebuild was asked for while one runs, on this instance or another; nothing was started. */
public class RebuildRunningException extends RuntimeException {

    RebuildRunningException(String detail) {
        super(detail);
    }
}
