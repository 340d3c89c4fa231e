package org.cooperation.queryservice.operations.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the latest rebuild stands. The counts cover every record read from the topic, including
 * the second pass that catches up with what the live consumer applied while the first ran.
 */
public record RebuildStatus(
        State state,
        Instant startedAt,
        Instant finishedAt,
        Long durationMillis,
        long recordsRead,
        long applied,
        long duplicates,
        long held,
        long unusable,
        String failure) {

    public enum State {
        NEVER_RUN,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    static final RebuildStatus NEVER_RUN = new RebuildStatus(State.NEVER_RUN, null, null, null, 0, 0, 0, 0, 0, null);

    static RebuildStatus running(Instant startedAt, RebuildCounts counts) {
        return new RebuildStatus(
                State.RUNNING,
                startedAt,
                null,
                null,
                counts.read(),
                counts.applied(),
                counts.duplicates(),
                counts.held(),
                counts.unusable(),
                null);
    }

    static RebuildStatus finished(Instant startedAt, Instant finishedAt, RebuildCounts counts, String failure) {
        return new RebuildStatus(
                failure == null ? State.SUCCEEDED : State.FAILED,
                startedAt,
                finishedAt,
                Duration.between(startedAt, finishedAt).toMillis(),
                counts.read(),
                counts.applied(),
                counts.duplicates(),
                counts.held(),
                counts.unusable(),
                failure);
    }
}
