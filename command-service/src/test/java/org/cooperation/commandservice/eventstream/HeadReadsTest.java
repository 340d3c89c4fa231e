package org.cooperation.commandservice.eventstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** The shared reader asks the database once per commit, and never skips a read a commit may need. */
class HeadReadsTest {

    private static final int BATCH_SIZE = 3;

    private final List<Long> stored = new ArrayList<>();
    private final List<Long> asked = new ArrayList<>();
    private final HeadReads reads = new HeadReads(this::fetch, BATCH_SIZE);

    @Test
    void aReadEndsWithTheFirstBatchThatIsNotFull() {
        store(1, 2, 3, 4);

        assertThat(read(null)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(asked).as("the batches' starting indexes").containsExactly(0L, 3L);
    }

    @Test
    void aFullBatchIsFollowedByAnotherUntilOneIsEmpty() {
        store(1, 2, 3);

        assertThat(read(null)).containsExactly(1L, 2L, 3L);
        assertThat(asked).containsExactly(0L, 3L);
    }

    @Test
    void theReadRightAfterOneThatFoundEventsIsAnsweredWithoutTheDatabaseWhenNothingWasCommitted() {
        store(1);
        read(null);
        asked.clear();

        assertThat(read(token(1))).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyThatOneReadIsSparedSoThePeriodicReadsStillAsk() {
        store(1);
        read(null);
        read(token(1));
        asked.clear();

        assertThat(read(token(1))).isEmpty();
        assertThat(asked).as("the read after the store's fetch delay").containsExactly(1L);
    }

    @Test
    void aCommitMeanwhileIsAlwaysRead() {
        store(1);
        read(null);
        store(2);
        reads.committed();

        assertThat(read(token(1))).containsExactly(2L);
    }

    @Test
    void aCommitDuringAReadIsReadAgain() {
        store(1);
        var stream = reads.read(null);
        reads.committed(); // after the read noted the count, before its events were taken
        stream.forEach(event -> {});

        assertThat(read(token(1))).isEmpty();
        assertThat(asked).as("the read after the commit asked").hasSize(2);
    }

    @Test
    void aReadThatFoundNothingIsFollowedByARealReadAgain() {
        read(null);
        asked.clear();

        read(null);
        assertThat(asked).containsExactly(0L);
    }

    @Test
    void theReadAfterAFullBatchFollowedByAnEmptyOneAsks() {
        store(1, 2, 3);
        read(null);
        asked.clear();

        read(token(3));
        assertThat(asked).containsExactly(3L);
    }

    private List<Long> read(TrackingToken after) {
        return reads.read(after).map(HeadReadsTest::index).toList();
    }

    private List<? extends TrackedEventData<?>> fetch(TrackingToken after, int batchSize) {
        long from = after == null ? 0 : index(after);
        asked.add(from);
        return stored.stream()
                .filter(index -> index > from)
                .limit(batchSize)
                .<TrackedEventData<?>>map(index -> new TrackedDomainEventData<>(
                        token(index),
                        new GenericDomainEventEntry<>(
                                "Agreement", "a", index, "e" + index, "2026-12-07T00:00:00Z", "T", null, "{}", "{}")))
                .toList();
    }

    private void store(long... indexes) {
        for (long index : indexes) {
            stored.add(index);
        }
    }

    private static TrackingToken token(long index) {
        return new GlobalSequenceTrackingToken(index);
    }

    private static long index(TrackedEventData<?> event) {
        return index(event.trackingToken());
    }

    private static long index(TrackingToken token) {
        return ((GlobalSequenceTrackingToken) token).getGlobalIndex();
    }
}
