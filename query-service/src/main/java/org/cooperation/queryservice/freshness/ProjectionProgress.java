package org.cooperation.queryservice.freshness;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.cooperation.queryservice.current.CurrentStateRepository;
import org.cooperation.queryservice.web.QueryParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read your writes: a client that got version N from a command asks for at least N, and waits
 * until the projection has applied it, or gets {@link StaleReadException} after a bounded wait.
 *
 * <p>Waiting readers sleep on a future that the projection completes, with the version it
 * committed, when it commits a change to their agreement: no request thread polls the database,
 * and a reader woken by the version it waits for returns without asking the database again.
 * Another instance of this service may apply the event instead (they share the consumer group
 * and the database), and it cannot wake this one; a slow re-check every second covers that case.
 */
@Component
public class ProjectionProgress {

    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final ConcurrentMap<String, CompletableFuture<Long>> nextChange = new ConcurrentHashMap<>();
    private final Function<String, OptionalLong> versionOf;
    private final Duration maxWait;

    @Autowired
    public ProjectionProgress(CurrentStateRepository current,
                              @Value("${agreements.read-your-writes.max-wait:5s}") Duration maxWait) {
        this(current::version, maxWait);
    }

    /** @param versionOf the version the projection has reached for an agreement, empty while it knows none */
    ProjectionProgress(Function<String, OptionalLong> versionOf, Duration maxWait) {
        this.versionOf = versionOf;
        this.maxWait = maxWait;
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
     * Returns once the projection has applied at least {@code minVersion} of the agreement; does
     * nothing when {@code minVersion} is null.
     *
     * @throws StaleReadException when it has not within the configured wait
     */
    public void awaitVersion(String agreementId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        QueryParameters.atLeast(minVersion, 0, "minVersion");
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            // Registered before reading, so that a commit between the read and the wait is not missed.
            CompletableFuture<Long> change = nextChange.computeIfAbsent(agreementId, id -> new CompletableFuture<>());
            OptionalLong version = versionOf.apply(agreementId);
            if (version.isPresent() && version.getAsLong() >= minVersion) {
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                nextChange.remove(agreementId, change);
                throw new StaleReadException(agreementId, minVersion, version);
            }
            Long committed = await(change, Math.min(remaining, RECHECK.toNanos()));
            if (committed != null && committed >= minVersion) {
                return;
            }
        }
    }

    /** The version a commit woke us with; null on a re-check or a change of unknown version. */
    private static Long await(CompletableFuture<Long> change, long nanos) {
        try {
            return change.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Time to re-check, or to give up: the caller decides.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the projection", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the projection's notice failed", e);
        }
    }
}
