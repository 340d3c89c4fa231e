package org.cooperation.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.verification.ChainedEvent;

/**
 * The hash chain's own work per event, timed directly: the run's last stored events are chained
 * again in this process, as command-service chains them (the payload as a JSON tree, the RFC 8785
 * canonical form, SHA-256), and the CPU time of this thread is divided by the events.
 *
 * <p>Why beside {@link ChainCost}'s two restarts: a command costs 1.6 or 2.7 ms of
 * command-service's CPU from one JVM to the next with the same code (docs/performance.md, "The JIT
 * compilers on two shared cores"), so a 5 % difference between a JVM with the chain and one
 * without is inside what two restarts alone differ by. The work itself is small and steady enough
 * to time on one thread; its share of a command is then that time over command-service's CPU per
 * command in (a), both from the same run. What it leaves out: the hash's 150 bytes more in each
 * stored row and record, and the one indexed read of a previous hash that no longer is in memory.
 */
record ChainWork(int events, double microsPerEvent) {

    private static final int EVENTS = 2_000;
    private static final int WARM_UP_PASSES = 30;
    static final int PASSES = 9;

    /** Where each hash goes, so that the JIT cannot drop the work as unused. */
    private static volatile int sink;

    static ChainWork measure(Connection sql) throws SQLException {
        List<Stored> stored = lastStoredEvents(sql);
        if (stored.isEmpty()) {
            return new ChainWork(0, Double.NaN);
        }
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            chainAll(stored);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] micros = new double[PASSES];
        for (int i = 0; i < PASSES; i++) {
            long start = threads.getCurrentThreadCpuTime();
            chainAll(stored);
            micros[i] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / stored.size();
        }
        Arrays.sort(micros);
        return new ChainWork(stored.size(), micros[PASSES / 2]);
    }

    /** The chain's share of a command that records one event, given command-service's CPU per command. */
    double shareOf(double commandMillis) {
        return microsPerEvent / 1e3 / commandMillis;
    }

    /** An event as the store holds it: everything the hash covers, the payload still as bytes. */
    private record Stored(
            String agreementId,
            long sequence,
            String eventId,
            String type,
            byte[] payload,
            Instant recordedAt,
            JsonNode metaData) {}

    private static void chainAll(List<Stored> stored) {
        String previous = null;
        int hashes = 0;
        for (Stored event : stored) {
            previous = new ChainedEvent(
                            event.agreementId(),
                            event.sequence(),
                            event.eventId(),
                            event.type(),
                            ChainedEvent.payload(event.payload()),
                            event.recordedAt(),
                            text(event.metaData(), AuditMetadata.PRINCIPAL),
                            text(event.metaData(), AuditMetadata.CLIENT),
                            text(event.metaData(), AuditMetadata.CORRELATION_ID),
                            text(event.metaData(), AuditMetadata.REASON),
                            previous)
                    .hash();
            hashes += previous.hashCode();
        }
        sink = hashes;
    }

    private static String text(JsonNode metaData, String name) {
        JsonNode value = metaData.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<Stored> lastStoredEvents(Connection sql) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement statement = sql.prepareStatement("""
                SELECT aggregateidentifier, sequencenumber, eventidentifier, payloadtype, payload, timestamp, metadata
                FROM command.domainevententry ORDER BY globalindex DESC LIMIT ?""")) {
            statement.setInt(1, EVENTS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.add(new Stored(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getBytes(5),
                            Instant.parse(rows.getString(6)),
                            metaData(rows.getBytes(7))));
                }
            }
        }
        return stored;
    }

    private static JsonNode metaData(byte[] json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("unreadable stored metadata", e);
        }
    }
}
