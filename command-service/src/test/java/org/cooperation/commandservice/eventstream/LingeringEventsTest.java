package org.cooperation.commandservice.eventstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

/** A processor's source pauses before its next look only after a batch that held events but was not full. */
class LingeringEventsTest {

    private static final Duration LINGER = Duration.ofMillis(250);
    private static final int BATCH_SIZE = 3;

    private final Deque<TrackedEventMessage<?>> stored = new ArrayDeque<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final BlockingStream<TrackedEventMessage<?>> stream =
            new LingeringEvents(token -> new Queued(), LINGER, BATCH_SIZE, pauses::add).openStream(null);

    @Test
    void takesTheFirstBatchAtOnceToCatchUp() throws Exception {
        store(1);

        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).isEmpty();
    }

    @Test
    void pausesAfterABatchThatWasNotFull() throws Exception {
        store(1);
        takeBatch();
        store(1);

        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).containsExactly(LINGER);
    }

    @Test
    void doesNotPauseAfterAFullBatch() throws Exception {
        store(BATCH_SIZE + 1);
        takeBatch();

        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).isEmpty();
    }

    @Test
    void takesAnEventThatComesWhileIdleAtOnce() throws Exception {
        store(1);
        takeBatch();
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();
        pauses.clear();
        store(1);

        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).isEmpty();
    }

    /** As a tracking processor does: asks whether an event is there, then takes up to a batch of what is. */
    private void takeBatch() throws InterruptedException {
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        for (int taken = 0; taken < BATCH_SIZE && stream.hasNextAvailable(); taken++) {
            stream.nextAvailable();
        }
    }

    private void store(int events) {
        for (int i = 0; i < events; i++) {
            long index = stored.size();
            stored.add(new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(index), GenericEventMessage.asEventMessage("event " + index)));
        }
    }

    private final class Queued implements BlockingStream<TrackedEventMessage<?>> {

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(stored.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !stored.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return stored.remove();
        }

        @Override
        public void close() {}
    }
}
