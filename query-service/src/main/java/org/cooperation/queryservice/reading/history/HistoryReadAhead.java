package org.cooperation.queryservice.reading.history;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads the next page of a long history while the page before it is sent. An auditor's tool reads
 * a history of thousands of events a page at a time, asking for each page once the one before has
 * come in. Read one after the other, PostgreSQL's part of a page (finding and sending its rows,
 * 1.8 ms for 1,000 events), this service's (writing them as JSON, 1.6 ms) and the client's never
 * overlap (docs/performance.md). So once a full page is found, the page after it is read on a
 * thread of its own, and the client's request for it takes it.
 *
 * <p>A page read ahead is used only after the database said that its agreement's version is still
 * the one read just before the page. Any change to what an agreement's history shows, such as a
 * retraction that marks an entry on a page, commits with a new version of that agreement; so a page
 * whose version still holds is the page a read now would give, and one whose version does not is
 * read again. Pages are read ahead only for readers not confined to a party: what such a reader sees of
 * a page also depends on the parties of other agreements, which this agreement's version does not
 * follow.
 *
 * <p>What it costs: one page read for nothing when a client stops after a full page, and the memory
 * of at most {@link #CAPACITY} pages, each dropped if not asked for within {@link #KEPT_FOR}. One page
 * is read at a time; while the reading thread is busy, no page is read ahead and each is read when
 * asked for, as before.
 */
@Component
public class HistoryReadAhead implements DisposableBean {

    static final int CAPACITY = 8;
    static final Duration KEPT_FOR = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(HistoryReadAhead.class);

    private record Key(String agreementId, long after, int limit) {}

    /**
     * A page being read or read ahead, and its drop, scheduled {@link #KEPT_FOR} after it was asked
     * for. The drop holds the page until it runs or is cancelled: it is cancelled, and taken out of
     * the scheduler's queue, as soon as the page leaves the map, so that nothing holds a page that
     * was taken, pushed out or dropped (a drop left waiting for its time once held each page read
     * ahead for 10 s: hundreds of megabytes while one client walked long histories).
     */
    private record Ahead(CompletableFuture<Optional<HistoryPages.Stamped>> page, ScheduledFuture<?> drop) {

        /** Out of the map unused: its read is not done if it has not started, and nothing holds it any longer. */
        void giveUp() {
            drop.cancel(false);
            page.cancel(false);
        }
    }

    private final Map<Key, Ahead> ahead = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Ahead> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            eldest.getValue().giveUp();
            return true;
        }
    };

    private final ThreadPoolExecutor reader = new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(CAPACITY), daemon("history-read-ahead"));
    private final ScheduledThreadPoolExecutor drops =
            new ScheduledThreadPoolExecutor(1, daemon("history-read-ahead-drops"));
    private final HistoryPages pages;
    private final CurrentStateRepository current;
    private final Counter read;
    private final Counter used;
    private final Counter stale;

    public HistoryReadAhead(HistoryPages pages, CurrentStateRepository current, MeterRegistry meters) {
        this.pages = pages;
        this.current = current;
        // Pages read ahead, and of them those used and those found stale: the rest were not asked for.
        this.read = meters.counter("history.pages.read.ahead", "outcome", "read");
        this.used = meters.counter("history.pages.read.ahead", "outcome", "used");
        this.stale = meters.counter("history.pages.read.ahead", "outcome", "stale");
        drops.setRemoveOnCancelPolicy(true);
        // The pages held now: each page in the map has its drop waiting, and a drop waits only while its page is there.
        Gauge.builder(
                        "history.pages.read.ahead.held",
                        drops,
                        scheduled -> scheduled.getQueue().size())
                .register(meters);
    }

    /** The page {@link HistoryPages#find} gives, taken from those read ahead when one is still the same. */
    public HistoryPages.Page find(String agreementId, long afterSequence, int limit, Optional<PartyCode> reader) {
        if (reader.isPresent()) {
            return pages.find(agreementId, afterSequence, limit, reader);
        }
        HistoryPages.Page page = readAhead(new Key(agreementId, afterSequence, limit))
                .orElseGet(() -> pages.find(agreementId, afterSequence, limit, reader));
        if (page.nextAfter() != null) {
            readNext(new Key(agreementId, page.nextAfter(), limit));
        }
        return page;
    }

    /** The page read ahead for {@code key}, once it has been read, if its agreement's version is still its own. */
    private Optional<HistoryPages.Page> readAhead(Key key) {
        Ahead taken;
        synchronized (ahead) {
            taken = ahead.remove(key);
        }
        if (taken == null) {
            return Optional.empty();
        }
        taken.drop().cancel(false);
        CompletableFuture<Optional<HistoryPages.Stamped>> found = taken.page();
        Optional<HistoryPages.Stamped> stamped;
        try {
            // Bounded: a read left in the queue when the service stops is never done.
            stamped = found.get(KEPT_FOR.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CancellationException | TimeoutException e) {
            // Read again: an error that lasts is then the request's own.
            log.debug("A page read ahead was not read", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (stamped.isEmpty()) {
            return Optional.empty();
        }
        if (!current.version(key.agreementId())
                .equals(OptionalLong.of(stamped.get().version()))) {
            stale.increment();
            return Optional.empty();
        }
        used.increment();
        return Optional.of(stamped.get().page());
    }

    private void readNext(Key key) {
        synchronized (ahead) {
            if (ahead.containsKey(key)) {
                return;
            }
            CompletableFuture<Optional<HistoryPages.Stamped>> next;
            try {
                next = CompletableFuture.supplyAsync(() -> readNow(key), reader);
            } catch (RejectedExecutionException busy) {
                // The reading thread has enough to do: this page is read when it is asked for.
                return;
            }
            // Not kept beyond its time, even if no other history is read after it.
            ScheduledFuture<?> drop = drops.schedule(() -> drop(key, next), KEPT_FOR.toNanos(), TimeUnit.NANOSECONDS);
            ahead.put(key, new Ahead(next, drop));
        }
    }

    private void drop(Key key, CompletableFuture<Optional<HistoryPages.Stamped>> page) {
        synchronized (ahead) {
            Ahead held = ahead.get(key);
            if (held != null && held.page() == page) {
                ahead.remove(key);
                // Its own drop is this task, already running: cancelling it changes nothing.
                held.giveUp();
            }
        }
    }

    private Optional<HistoryPages.Stamped> readNow(Key key) {
        Optional<HistoryPages.Stamped> page = pages.findStamped(key.agreementId(), key.after(), key.limit());
        read.increment();
        return page;
    }

    /** Threads of their own that never keep the service from stopping. */
    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
        drops.shutdownNow();
    }
}
