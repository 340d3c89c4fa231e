package org.cooperation.commandservice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event types stored for one agreement, oldest first, by simple name. Deadlines record events
 * on their own, so tests wait for the stream they expect rather than read it once.
 */
final class StoredEvents {

    private StoredEvents() {}

    static List<String> of(JdbcClient jdbc, String agreementId) {
        return jdbc.sql("""
                        SELECT substring(payloadtype from '[^.]+$') FROM domainevententry
                        WHERE aggregateidentifier = ? ORDER BY sequencenumber""").param(agreementId).query(String.class).list();
    }

    /** Waits until the agreement's events are exactly {@code expected}, and fails with what was stored. */
    static void await(JdbcClient jdbc, String agreementId, List<String> expected, Duration timeout) {
        AtomicReference<List<String>> stored = new AtomicReference<>();
        try {
            Awaitility.await()
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .atMost(timeout)
                    .until(() -> {
                        stored.set(of(jdbc, agreementId));
                        return stored.get().equals(expected);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("events of " + agreementId + " were " + stored.get() + ", expected " + expected);
        }
    }
}
