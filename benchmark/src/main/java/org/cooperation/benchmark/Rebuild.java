package org.cooperation.benchmark;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Figure (c): rebuilding every read model from the start of the topic, against PostgreSQL's own
 * bulk copy of the same rows ({@code INSERT ... SELECT}) measured on the same server.
 */
final class Rebuild {

    /** Events per second of the live projection, of the rebuild, and of the bulk copy. */
    record Result(long events, double liveEventsPerSecond, double rebuildSeconds, double bulkRowsPerSecond) {
        double rebuildEventsPerSecond() {
            return events / rebuildSeconds;
        }

        double ratio() {
            return rebuildEventsPerSecond() / bulkRowsPerSecond;
        }
    }

    private Rebuild() {}

    static Result measure(Api api, SyntheticHistory history, Connection sql, int totalEvents) throws Exception {
        long already = Benchmark.count(sql, "SELECT count(*) FROM query.agreement_event");
        int eventsEach = 50;
        // Up to the size asked; but never fewer than half of it, so that the live projection's rate is
        // measured on a real stretch even when the warm-up and the loads wrote more than that already.
        int agreements = (int) Math.max(totalEvents - already, totalEvents / 2) / eventsEach;
        long produceStarted = System.nanoTime();
        history.agreements("bench-rebuild", agreements, eventsEach);
        long expected = already + (long) agreements * eventsEach;
        while (Benchmark.count(sql, "SELECT count(*) FROM query.agreement_event") < expected) {
            Thread.sleep(200);
        }
        double liveRate = (double) agreements * eventsEach / ((System.nanoTime() - produceStarted) / 1e9);

        long rebuildStarted = System.nanoTime();
        api.queryPost("/api/admin/rebuild");
        while (!api.queryJson("/api/admin/rebuild").path("state").asText().equals("SUCCEEDED")) {
            Thread.sleep(200);
        }
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;

        long rows = Benchmark.count(sql, "SELECT count(*) FROM query.agreement_event");
        double bulkSeconds;
        try (Statement statement = sql.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS public.bulk_copy_baseline");
            statement.execute("CREATE TABLE public.bulk_copy_baseline (LIKE query.agreement_event INCLUDING ALL)");
            long started = System.nanoTime();
            statement.execute("INSERT INTO public.bulk_copy_baseline SELECT * FROM query.agreement_event");
            bulkSeconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE public.bulk_copy_baseline");
        }
        return new Result(expected, liveRate, rebuildSeconds, rows / bulkSeconds);
    }
}
