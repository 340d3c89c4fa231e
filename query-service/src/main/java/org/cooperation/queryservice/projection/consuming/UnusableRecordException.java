package org.cooperation.queryservice.projection.consuming;

/**
 * A record that can never be applied, however often it is tried: unreadable, of an unknown type,
 * or out of place (a signature that is not an agreement's first event). It goes to the
 * dead-letter topic with this message as the reason.
 */
public class UnusableRecordException extends RuntimeException {

    public UnusableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnusableRecordException(String reason) {
        super(reason);
    }
}
