package org.cooperation.commandservice.eventstream;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/**
 * How the event store's shared reader looks for new events: the one thread of Axon's embedded event
 * store that reads the store's head for every processor that has caught up (the publisher, the
 * event log), woken when a command's events commit.
 *
 * <p>Axon's JDBC engine reads batch after batch until one comes back empty, and the shared reader
 * reads once more whenever a read found something. So each commit cost three reads, two of which
 * found nothing and so also ran the engine's extended gap check: five statements in three
 * transactions, where one read finds the commit's events. Here a read ends with the first batch
 * that was not full, and the read that the shared reader makes right after one that found events is
 * answered without asking the database when no events were committed meanwhile.
 *
 * <p>What that leaves to later reads, none of which is lost:
 * <ul>
 *   <li>events committed by another instance of the service: found by the shared reader's periodic
 *       read (every second), as before, though no longer by the extra read that happened to follow a
 *       local commit;
 *   <li>events beyond a batch's window of indexes, when nearly all of that window is indexes that
 *       were never committed (rolled-back commands): found by the next read, on the next commit or
 *       within the same second.
 * </ul>
 * An event committed here while a read runs counts as committed meanwhile: {@link #committed()} is
 * called after the commit and before the shared reader is woken, and a read notes the count before
 * it asks, so a commit the read may have missed always leads to another read.
 */
public final class HeadReads {

    /** One read of the store: up to {@code batchSize} events after the token, as Axon's engine fetches them. */
    public interface Batch {
        List<? extends TrackedEventData<?>> fetch(TrackingToken after, int batchSize);
    }

    private final Batch batch;
    private final int batchSize;
    private final AtomicLong commits = new AtomicLong();

    // Only the shared reader's thread reads, so what it remembers between reads is its own.
    private long commitsBeforeLastRead = -1;
    private boolean lastReadEndedAtHead;

    public HeadReads(Batch batch, int batchSize) {
        this.batch = batch;
        this.batchSize = batchSize;
    }

    /** Events were committed here; called after their transaction committed and before the reader is woken. */
    public void committed() {
        commits.incrementAndGet();
    }

    /** The events after the token, read lazily, batch by batch, up to the first batch that is not full. */
    public Stream<? extends TrackedEventData<?>> read(TrackingToken after) {
        long commitsNow = commits.get();
        boolean nothingCommittedSinceTheHead = lastReadEndedAtHead && commitsNow == commitsBeforeLastRead;
        lastReadEndedAtHead = false;
        if (nothingCommittedSinceTheHead) {
            return Stream.empty();
        }
        commitsBeforeLastRead = commitsNow;
        return StreamSupport.stream(new Batches(after), false);
    }

    private final class Batches extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private TrackingToken last;
        private Iterator<? extends TrackedEventData<?>> events;
        private boolean lastBatchWasFull = true;

        private Batches(TrackingToken after) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.last = after;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (events == null || !events.hasNext()) {
                if (!lastBatchWasFull) {
                    return false;
                }
                List<? extends TrackedEventData<?>> fetched = batch.fetch(last, batchSize);
                lastBatchWasFull = fetched.size() >= batchSize;
                // A read that found events is followed at once by another; one that found none is not.
                lastReadEndedAtHead = !lastBatchWasFull && !fetched.isEmpty();
                events = fetched.iterator();
                if (!events.hasNext()) {
                    return false;
                }
            }
            TrackedEventData<?> event = events.next();
            last = event.trackingToken();
            action.accept(event);
            return true;
        }
    }
}
