package org.cooperation.queryservice.projection.progress;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
 * <p>A waiting read holds no thread: it is a future that the projection completes, with the
 * version it committed, when it commits a change to its agreement (Spring MVC answers the request
 * when the future completes). A reader woken by the version it waits for goes on without asking
 * the database again; the look at the database after any other wake-up runs on the task
 * executor, never on the projection's thread. Another instance of this service may apply the
 * event instead (they share the consumer group and the database), and it cannot wake this one;
 * a look every second covers that case.
 */
@Component
public class ProjectionProgress {

    private static final Duration RECHECK = Duration.ofSeconds(1);
    private static final CompletableFuture<Void> NO_WAIT = CompletableFuture.completedFuture(null);

    private final ConcurrentMap<String, CompletableFuture<Long>> nextChange = new ConcurrentHashMap<>();
    private final Function<String, OptionalLong> versionOf;
    private final Duration maxWait;
    private final Executor lookups;

    @Autowired
    public ProjectionProgress(
            CurrentStateRepository current,
            @Value("${agreements.read-your-writes.max-wait:5s}") Duration maxWait,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor lookups) {
        this(current::version, maxWait, lookups);
    }

    /** @param versionOf the version the projection has reached for an agreement, empty while it knows none */
    ProjectionProgress(Function<String, OptionalLong> versionOf, Duration maxWait, Executor lookups) {
        this.versionOf = versionOf;
        this.maxWait = maxWait;
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
        CompletableFuture<Void> applied = new CompletableFuture<>();
        look(agreementId, minVersion, System.nanoTime() + maxWait.toNanos(), applied);
        return applied;
    }

    private void look(String agreementId, long minVersion, long deadline, CompletableFuture<Void> applied) {
        // Registered before reading, so that a commit between the read and the wait is not missed.
        CompletableFuture<Long> change = nextChange.computeIfAbsent(agreementId, id -> new CompletableFuture<>());
        OptionalLong version;
        try {
            version = versionOf.apply(agreementId);
        } catch (RuntimeException e) {
            applied.completeExceptionally(e);
            return;
        }
        if (version.isPresent() && version.getAsLong() >= minVersion) {
            applied.complete(null);
            return;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            // Not left behind for an agreement that may never change; other readers look again within a second.
            nextChange.remove(agreementId, change);
            applied.completeExceptionally(new StaleReadException(agreementId, minVersion, version));
            return;
        }
        // A copy, so that this reader's timeout completes only its own wait, not the other readers'.
        change.copy()
                .completeOnTimeout(null, Math.min(remaining, RECHECK.toNanos()), TimeUnit.NANOSECONDS)
                .thenAcceptAsync(
                        committed -> {
                            if (committed != null && committed >= minVersion) {
                                applied.complete(null);
                            } else {
                                look(agreementId, minVersion, deadline, applied);
                            }
                        },
                        lookups);
    }
}
