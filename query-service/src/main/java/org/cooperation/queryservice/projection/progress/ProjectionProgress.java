package org.cooperation.queryservice.projection.progress;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.stereotype.Component;

/**
 * Read your writes: a client that got version N from a command asks for at least N, and its
 * answer waits until the projection has applied it, or is {@link StaleReadException} after a
 * bounded wait.
 *
 * <p>A reader first waits on its own request thread, for a short while and only while few others
 * do ({@code blocking-wait}, {@code blocking-readers}): most versions are applied within tens of
 * milliseconds of their command, and a wait that keeps its thread is answered as a read that did
 * not wait, where one that gives its thread back costs Spring MVC a second dispatch of the request
 * (its filters, the security chain, the handler again). A reader still waiting after that gives its
 * thread back: it is a future that the projection completes, with the version it committed, when
 * it commits a change to its agreement; however many wait, they never starve the others of threads.
 * A reader woken by the version it waits for goes on without asking the database again; the look
 * at the database after any other wake-up runs on the reader's thread or on the task executor,
 * never on the projection's thread. Another instance of this service may apply the event instead
 * (they share the consumer group and the database), and it cannot wake this one; a look every
 * second covers that case.
 */
@Component
public class ProjectionProgress {

    private static final Duration RECHECK = Duration.ofSeconds(1);
    private static final CompletableFuture<Void> NO_WAIT = CompletableFuture.completedFuture(null);

    private final ConcurrentMap<String, CompletableFuture<Long>> nextChange = new ConcurrentHashMap<>();
    private final Function<String, OptionalLong> versionOf;
    private final Duration maxWait;
    private final long blockingWaitNanos;
    private final Semaphore blockingReaders;
    private final Executor lookups;

    @Autowired
    public ProjectionProgress(
            CurrentStateRepository current,
            @Value("${agreements.read-your-writes.max-wait:5s}") Duration maxWait,
            @Value("${agreements.read-your-writes.blocking-wait:250ms}") Duration blockingWait,
            @Value("${agreements.read-your-writes.blocking-readers:50}") int blockingReaders,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor lookups) {
        this(current::version, maxWait, blockingWait, blockingReaders, lookups);
    }

    /**
     * @param versionOf the version the projection has reached for an agreement, empty while it knows none
     * @param blockingWait how long a reader may wait on its own thread before it gives the thread back
     * @param blockingReaders how many readers may wait on their own threads at once
     */
    ProjectionProgress(
            Function<String, OptionalLong> versionOf,
            Duration maxWait,
            Duration blockingWait,
            int blockingReaders,
            Executor lookups) {
        this.versionOf = versionOf;
        this.maxWait = maxWait;
        this.blockingWaitNanos = Math.min(blockingWait.toNanos(), maxWait.toNanos());
        this.blockingReaders = new Semaphore(blockingReaders);
        this.lookups = lookups;
    }

    /** Called after a change to the agreement committed, which brought it to {@code version}. */
    public void changed(String agreementId, long version) {
        wake(agreementId, version);
    }

    /** Called when every read model changed at once, as after a rebuild: waiting readers look again. */
    public void changedAll() {
        nextChange.keySet().forEach(agreementId -> wake(agreementId, null));
    }

    private void wake(String agreementId, Long version) {
        CompletableFuture<Long> waiting = nextChange.remove(agreementId);
        if (waiting != null) {
            waiting.complete(version);
        }
    }

    /**
     * Completes once the projection has applied at least {@code minVersion} of the agreement, at
     * once when {@code minVersion} is null or already applied; fails with {@link StaleReadException}
     * when it has not within the configured wait.
     */
    public CompletableFuture<Void> whenApplied(String agreementId, Long minVersion) {
        if (minVersion == null) {
            return NO_WAIT;
        }
        Values.atLeast(minVersion, 0, "minVersion");
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (blockingWaitNanos > 0 && blockingReaders.tryAcquire()) {
            try {
                if (appliedWithin(agreementId, minVersion, System.nanoTime() + blockingWaitNanos)) {
                    return NO_WAIT;
                }
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            } finally {
                blockingReaders.release();
            }
        }
        CompletableFuture<Void> applied = new CompletableFuture<>();
        look(agreementId, minVersion, deadline, applied);
        return applied;
    }

    /**
     * Waits on the caller's thread until {@code minVersion} is applied (true) or {@code until} has
     * passed (false), looking at the database as {@link #look} does: before each wait, and again after
     * a wake-up that did not bring the version.
     */
    private boolean appliedWithin(String agreementId, long minVersion, long until) {
        while (true) {
            Look look = lookAt(agreementId);
            if (look.reached(minVersion)) {
                return true;
            }
            long remaining = until - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            Long committed;
            try {
                committed = look.nextChange().get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                // A change is only ever completed with a version or null, never exceptionally.
                throw new IllegalStateException(e);
            }
            if (brings(committed, minVersion)) {
                return true;
            }
        }
    }

    private void look(String agreementId, long minVersion, long deadline, CompletableFuture<Void> applied) {
        Look look;
        try {
            look = lookAt(agreementId);
        } catch (RuntimeException e) {
            applied.completeExceptionally(e);
            return;
        }
        if (look.reached(minVersion)) {
            applied.complete(null);
            return;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            // Not left behind for an agreement that may never change; other readers look again within a second.
            nextChange.remove(agreementId, look.nextChange());
            applied.completeExceptionally(new StaleReadException(agreementId, minVersion, look.version()));
            return;
        }
        // A copy, so that this reader's timeout completes only its own wait, not the other readers'.
        look.nextChange()
                .copy()
                .completeOnTimeout(null, Math.min(remaining, RECHECK.toNanos()), TimeUnit.NANOSECONDS)
                .thenAcceptAsync(
                        committed -> {
                            if (brings(committed, minVersion)) {
                                applied.complete(null);
                            } else {
                                look(agreementId, minVersion, deadline, applied);
                            }
                        },
                        lookups);
    }

    /** The version read, and the next change to wait for if it is not enough. */
    private record Look(CompletableFuture<Long> nextChange, OptionalLong version) {

        boolean reached(long minVersion) {
            return version.isPresent() && version.getAsLong() >= minVersion;
        }
    }

    /** Whether a wake-up with {@code committed} (null: a timeout, or every read model changed) brings the version. */
    private static boolean brings(Long committed, long minVersion) {
        return committed != null && committed >= minVersion;
    }

    private Look lookAt(String agreementId) {
        // Registered before reading, so that a commit between the read and the wait is not missed.
        CompletableFuture<Long> change = nextChange.computeIfAbsent(agreementId, id -> new CompletableFuture<>());
        return new Look(change, versionOf.apply(agreementId));
    }
}
