package org.cooperation.commandservice.eventstream;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as a tracking processor reads it: after a batch that was not full, a stream pauses
 * a little before it looks for the next events, so that the next batch takes every event that
 * arrives meanwhile. A tracking processor starts a batch as soon as one event is available; when
 * commands come one at a time, each event would otherwise cost the processor a transaction of its
 * own (its token, its reads and writes, and for the publisher a round trip to the broker).
 *
 * <p>It pauses after a batch rather than waiting before one: an event that comes while the stream
 * is idle goes at once, and only those that come during a pause wait, for what is left of it. After
 * a full batch it does not pause: under load a processor keeps up as before.
 *
 * <p>What it costs: while commands come more often than the pause, an event reaches the processor
 * up to {@code linger} later (half of it on average). Each processor says what that means for its
 * readers where it is configured.
 */
public final class LingeringEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How a stream waits; a test sees the waits without taking them. */
    interface Pause {
        void take(Duration duration) throws InterruptedException;
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration linger;
    private final int batchSize;
    private final Pause pause;

    public LingeringEvents(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger, int batchSize) {
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
        private int takenSinceLastLook = 0;

        private Lingering(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            boolean lastBatchWasPartial = takenSinceLastLook > 0 && takenSinceLastLook < batchSize;
            takenSinceLastLook = 0;
            if (lastBatchWasPartial && !linger.isZero()) {
                pause.take(linger);
            }
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            takenSinceLastLook++;
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
