package org.cooperation.benchmark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.cooperation.agreement.api.AgreementId;

/** Figure (d): the full history of one agreement through the query API, against raw SQL of the same rows. */
final class HistoryQuery {

    static final String AGREEMENT = "bench-history";
    private static final int REPEATS = 7;
    /** At least this many unmeasured reads of each way, however short the warm-up. */
    private static final int WARM_UP_READS = 20;
    /** The longest warm-up of the history's reads: as long as ReadBenchmark's, which is steady after it. */
    private static final int WARM_UP_SECONDS = 45;

    /**
     * Median milliseconds of each way to read all events, how many events there were, and the CPU
     * each process spent per second while they were read (warm-up included): on two cores, anything
     * else running then (a JVM still compiling after a restart) takes the core the reads would use.
     */
    record Result(int events, double httpMillis, double sqlMillis, CpuUse.Split cpuPerSecond) {
        double ratio() {
            return httpMillis / sqlMillis;
        }
    }

    private HistoryQuery() {}

    static Result measure(
            Api api, SyntheticHistory history, Connection sql, int events, Options options, CpuUse.Processes processes)
            throws Exception {
        return timed(api, sql, seed(api, history, events), events, warmUpSeconds(options), processes);
    }

    /** The run's warm-up, but no more than {@link #WARM_UP_SECONDS}. */
    static int warmUpSeconds(Options options) {
        return Math.min(options.warmUpSeconds(), WARM_UP_SECONDS);
    }

    /** Writes the agreement of {@code events} events to the topic and waits until it is projected; its id. */
    static String seed(Api api, SyntheticHistory history, int events) throws Exception {
        history.agreements(AGREEMENT, 1, events);
        CommandLoad.awaitVisible(api, AGREEMENT + "-0", events - 1L);
        return AgreementId.of(AGREEMENT + "-0").value();
    }

    /**
     * Figure (d) on the history {@link #seed} wrote, after {@code warmUpSeconds} of unmeasured reads
     * of both ways (at least {@link #WARM_UP_READS} each): until compiled, as in a service that has been
     * up for a while and a client that reads histories. The service's history pages run nowhere else in
     * the benchmark. Twenty reads were once all of it, and were not enough: on a fresh system the
     * figure after them was 4.73× (109 against 23 ms), and 1.97–2.16× after 45 s more of reading
     * (ReadBenchmark, docs/performance.md).
     */
    static Result timed(Api api, Connection sql, String id, int events, int warmUpSeconds, CpuUse.Processes processes)
            throws Exception {
        // From the warm-up on: the timed reads alone last too little for /proc's ticks of 10 ms.
        CpuUse.Snapshot before = CpuUse.Snapshot.take(processes);
        long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        for (int i = 0; i < WARM_UP_READS || System.nanoTime() < warmUntil; i++) {
            readOverHttp(api, id, events);
            readOverSql(sql, id, events);
        }
        double[] http = new double[REPEATS];
        double[] raw = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            readOverHttp(api, id, events);
            http[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            readOverSql(sql, id, events);
            raw[i] = (System.nanoTime() - started) / 1e6;
        }
        CpuUse.Split cpu = CpuUse.Split.perSecond(before, CpuUse.Snapshot.take(processes));
        return new Result(events, median(http), median(raw), cpu);
    }

    /** Every page of the history, as an auditor's tool would fetch it. */
    static void readOverHttp(Api api, String id, int expected) throws Exception {
        int seen = 0;
        String after = "";
        while (true) {
            Page page = Page.scan(api.queryBytes("/api/agreements/" + id + "/history?size=1000" + after));
            seen += page.events();
            if (page.nextAfter() == null) {
                break;
            }
            after = "&after=" + page.nextAfter();
        }
        if (seen != expected) {
            throw new IllegalStateException("history of " + id + " had " + seen + " events, expected " + expected);
        }
    }

    /**
     * What the benchmark needs of a page: its events counted and the cursor to the next. Every token
     * of the answer is parsed, as every column the SQL side reads is decoded, but no tree is built:
     * the SQL side builds no objects either.
     */
    private record Page(int events, Long nextAfter) {

        static Page scan(byte[] json) throws IOException {
            try (JsonParser parser = Api.JSON.getFactory().createParser(json)) {
                int events = 0;
                Long nextAfter = null;
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (name.equals("events")) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            parser.skipChildren();
                            events++;
                        }
                    } else if (name.equals("nextAfter") && value == JsonToken.VALUE_NUMBER_INT) {
                        nextAfter = parser.getLongValue();
                    } else {
                        parser.skipChildren();
                    }
                }
                return new Page(events, nextAfter);
            }
        }
    }

    /**
     * The same rows and columns straight from the read model's table, in one statement: every value a
     * page shows, with the retraction that names an event (as the query service's statement reads them).
     */
    private static void readOverSql(Connection sql, String id, int expected) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("""
                SELECT e.sequence, e.event_id, e.type, e.business_date, e.recorded_at, e.principal, e.client,
                       e.correlation_id, e.reason, r.sequence, r.recorded_at, r.principal, r.payload ->> 'reason',
                       e.payload::text, e.hash, e.previous_hash
                FROM query.agreement_event e
                LEFT JOIN query.agreement_event r
                       ON r.agreement_id = e.agreement_id AND r.type LIKE 'org.cooperation.agreement.FactRetracted.v%'
                      AND r.payload ->> 'retractedSequence' = CAST(e.sequence AS text)
                WHERE e.agreement_id = ? ORDER BY e.sequence""")) {
            query.setString(1, id);
            int seen = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getString(14);
                    seen++;
                }
            }
            if (seen != expected) {
                throw new IllegalStateException("SQL found " + seen + " events of " + id);
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
