package org.cooperation.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.cooperation.agreement.api.AgreementId;
import com.fasterxml.jackson.databind.JsonNode;

/** Figure (d): the full history of one agreement through the query API, against raw SQL of the same rows. */
final class HistoryQuery {

    static final String AGREEMENT = "bench-history";
    private static final int REPEATS = 7;

    /** Median milliseconds of each way to read all events, and how many events there were. */
    record Result(int events, double httpMillis, double sqlMillis) {
        double ratio() {
            return httpMillis / sqlMillis;
        }
    }

    private HistoryQuery() {
    }

    static Result measure(Api api, SyntheticHistory history, Connection sql, int events) throws Exception {
        history.agreements(AGREEMENT, 1, events);
        CommandLoad.awaitVisible(api, AGREEMENT + "-0", events - 1L);
        String id = AgreementId.of(AGREEMENT + "-0").value();
        readOverHttp(api, id, events);
        readOverSql(sql, id, events);
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
        return new Result(events, median(http), median(raw));
    }

    /** Every page of the history, as an auditor's tool would fetch it. */
    private static void readOverHttp(Api api, String id, int expected) throws Exception {
        int seen = 0;
        String after = "";
        while (true) {
            JsonNode page = api.queryJson("/api/agreements/" + id + "/history?size=1000" + after);
            seen += page.get("events").size();
            JsonNode next = page.get("nextAfter");
            if (next == null || next.isNull()) {
                break;
            }
            after = "&after=" + next.asLong();
        }
        if (seen != expected) {
            throw new IllegalStateException("history of " + id + " had " + seen + " events, expected " + expected);
        }
    }

    /** The same rows and columns straight from the read model's table. */
    private static void readOverSql(Connection sql, String id, int expected) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("""
                SELECT sequence, event_id, type, business_date, recorded_at, principal, client, correlation_id,
                       payload::text
                FROM query.agreement_event WHERE agreement_id = ? ORDER BY sequence""")) {
            query.setString(1, id);
            int seen = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getString(9);
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
