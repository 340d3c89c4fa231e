package org.cooperation.queryservice.projection.progress;

import java.util.OptionalLong;

/** The projection has not reached the version a client asked for within the wait; answered with 503. */
public class StaleReadException extends RuntimeException {

    private final long minVersion;
    private final Long currentVersion;

    public StaleReadException(String agreementId, long minVersion, OptionalLong currentVersion) {
        super("The read model of " + agreementId + " has not reached version " + minVersion + " yet ("
                + (currentVersion.isPresent() ? "it is at " + currentVersion.getAsLong() : "it knows nothing of it")
                + "); retry shortly");
        this.minVersion = minVersion;
        this.currentVersion = currentVersion.isPresent() ? currentVersion.getAsLong() : null;
    }

    public long minVersion() {
        return minVersion;
    }

    /** Null while the projection knows nothing of the agreement. */
    public Long currentVersion() {
        return currentVersion;
    }
}
