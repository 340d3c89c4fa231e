package org.cooperation.commandservice.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the event log's processor reads it: after a batch that was not full, a stream
 * waits a little once an event is there, so that the next batch takes every event that arrives
 * meanwhile. A tracking processor starts a batch as soon as one event is available; when commands
 * come one at a time, each event would otherwise cost the log a transaction of its own (its token,
 * the tree's edge read, the leaf and its nodes written). After a full batch it does not wait: under
 * load the log keeps up as before.
 *
 * <p>What it costs: a leaf, and so an inclusion proof, comes up to {@code linger} later while commands
 * are few. Checkpoints are signed every few seconds anyway ({@link CheckpointSettings#every()}).
 */
final class LingeringEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How a stream waits; a test sees the waits without taking them. */
    interface Pause {
        void take(Duration duration) throws InterruptedException;
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration linger;
    private final int batchSize;
    private final Pause pause;

    LingeringEvents(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger, int batchSize) {
        this(events, linger, batchSize, duration -> Thread.sleep(duration.toMillis()));
    }

    LingeringEvents(
            StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger, int batchSize, Pause pause) {
        this.events = events;
        this.linger = linger;
        this.batchSize = batchSize;
        this.pause = pause;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Lingering(events.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /**
     * A processor asks {@link #hasNextAvailable(int, TimeUnit)} once before each batch and then takes
     * what is there; the events taken in between are the size of the batch just processed.
     */
    private final class Lingering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private int takenSinceLastWait = Integer.MAX_VALUE;

        private Lingering(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            boolean lastBatchWasFull = takenSinceLastWait >= batchSize;
            takenSinceLastWait = 0;
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            if (!lastBatchWasFull && !linger.isZero()) {
                pause.take(linger);
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            takenSinceLastWait++;
            return stream.nextAvailable();
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
