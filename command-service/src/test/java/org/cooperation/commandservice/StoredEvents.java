package org.cooperation.commandservice;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event types stored for one agreement, oldest first, by simple name. Deadlines record events
 * on their own, so tests wait for the stream they expect rather than read it once.
 */
final class StoredEvents {

    private StoredEvents() {
    }

    static List<String> of(JdbcClient jdbc, String agreementId) {
        return jdbc.sql("""
                        SELECT substring(payloadtype from '[^.]+$') FROM domainevententry
                        WHERE aggregateidentifier = ? ORDER BY sequencenumber""")
                .param(agreementId).query(String.class).list();
    }

    /** Waits until the agreement's events are exactly {@code expected}, and fails with what was stored. */
    static void await(JdbcClient jdbc, String agreementId, List<String> expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> stored = of(jdbc, agreementId);
        while (!stored.equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events of " + agreementId + " were " + stored + ", expected " + expected);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            stored = of(jdbc, agreementId);
        }
    }
}
