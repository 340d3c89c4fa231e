package org.cooperation.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The portfolio as of a date at scale (issue 20, point 4), a figure of its own beside
 * docs/benchmarks.md: {@code N} agreements of five events each are written to the topic in the
 * publisher's format, the query side projects them (into the current state and the timeline), and
 * pages of {@code GET /api/agreements} are read one after another, now, as of a day, with filters,
 * and as recorded at an instant, each against the same page's SQL on the same tables as baseline.
 *
 * <pre>java -Dlocal.services.root=. -cp benchmark/target/benchmark.jar \
 *     org.cooperation.benchmark.PortfolioBenchmark [agreements] [output.md]</pre>
 */
public final class PortfolioBenchmark {

    private static final String PREFIX = "bench-portfolio";
    private static final int EVENTS_EACH = 5;
    private static final int WARM_UP = 10;
    private static final int READS = 60;
    private static final int PAGE_SIZE = 100;
    /** query-service's default {@code agreements.listing.count-limit}: how far it counts and numbers pages. */
    private static final int COUNT_LIMIT = 1_000;

    private PortfolioBenchmark() {}

    /** One kind of page and its latencies, through HTTP and as the same SQL. */
    private record Figure(String name, String query, Percentiles http, Percentiles sql, String counted) {}

    public static void main(String[] args) throws Exception {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path output = args.length > 1 ? Path.of(args[1]) : Path.of("docs", "benchmark-portfolio.md");
        try (FreshSystem fresh = FreshSystem.start("benchmark-portfolio-data")) {
            Api api = fresh.api();
            Connection sql = fresh.sql();
            SyntheticHistory history = fresh.history();
            long started = System.nanoTime();
            Instant seeding = Instant.now();
            history.agreements(PREFIX, agreements, EVENTS_EACH);
            // Half-way through the recording: the record then held every signature and about half the rest.
            awaitProjected(sql, agreements);
            double seconds = (System.nanoTime() - started) / 1e9;
            Instant halfway = seeding.plusNanos((long) (seconds * 1e9 / 2));
            long timelineRows = Benchmark.count(sql, "SELECT count(*) FROM query.agreement_timeline");
            // What autovacuum does in the minutes after a bulk load: statistics for the planner, and the
            // visibility map that lets a count read the index alone.
            try (Statement vacuum = sql.createStatement()) {
                vacuum.execute("VACUUM ANALYZE query.agreement, query.agreement_timeline");
            }
            String load = loadAverage();
            List<Figure> figures = new ArrayList<>();
            String filters = "party=JP-METI&status=IN_FORCE&sort=termEndsOn,desc";
            figures.addAll(measure(api, sql, "now", filters, null, null, false, agreements));
            figures.addAll(measure(api, sql, "asOf=2025-06-01", filters, "2025-06-01", null, false, agreements));
            figures.addAll(measure(
                    api,
                    sql,
                    "asOf=2025-06-01, meetingOverdue=true",
                    filters + "&meetingOverdue=true",
                    "2025-06-01",
                    null,
                    true,
                    agreements));
            figures.addAll(measure(
                    api,
                    sql,
                    "asOf=2025-06-01, recordedAsOf half-way",
                    filters,
                    "2025-06-01",
                    halfway,
                    false,
                    agreements));
            write(output, agreements, seconds, timelineRows, load, figures);
        }
    }

    /** The machine's load average over the last minute, as uptime says it. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void awaitProjected(Connection sql, int agreements) throws Exception {
        String done = "SELECT count(*) FROM query.agreement WHERE agreement_id LIKE '" + PREFIX + "-%' AND version = "
                + (EVENTS_EACH - 1);
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        long projected;
        while ((projected = Benchmark.count(sql, done)) < agreements) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + projected + " of " + agreements + " agreements projected");
            }
            Thread.sleep(2_000);
        }
    }

    /**
     * Three figures of one kind of page: the first page (with its exact count), the pages after it as a user walks
     * them by cursor, and pages asked by random number (OFFSET and count), each with its SQL alone as baseline.
     */
    private static List<Figure> measure(
            Api api,
            Connection sql,
            String name,
            String filters,
            String asOf,
            Instant recordedAsOf,
            boolean overdue,
            int agreements)
            throws Exception {
        String point = (asOf == null ? "" : "&asOf=" + asOf)
                + (recordedAsOf == null
                        ? ""
                        : "&recordedAsOf=" + URLEncoder.encode(recordedAsOf.toString(), StandardCharsets.UTF_8));
        String first = "/api/agreements?" + filters + point + "&size=" + PAGE_SIZE;
        PortfolioSql baseline = new PortfolioSql(sql, asOf, recordedAsOf, overdue);
        Random random = new Random(20);
        // Pages are numbered as far as the service counts; deeper, a list is walked by cursor.
        int pages = Math.max(1, Math.min(agreements, COUNT_LIMIT) / PAGE_SIZE);
        for (int i = 0; i < WARM_UP; i++) {
            api.queryJson(first + "&page=" + random.nextInt(pages));
            baseline.numberedPage(random.nextInt(pages), PAGE_SIZE, COUNT_LIMIT + 1);
        }
        long[][] firstPage = new long[2][READS];
        long[][] walk = new long[2][READS];
        long[][] numbered = new long[2][READS];
        String total = "";
        for (int i = 0; i < READS; i++) {
            long started = System.nanoTime();
            total = counted(api.queryJson(first));
            firstPage[0][i] = micros(started);
            started = System.nanoTime();
            baseline.numberedPage(0, PAGE_SIZE, COUNT_LIMIT + 1);
            firstPage[1][i] = micros(started);
        }
        String next = api.queryJson(first).path("next").asText();
        for (int i = 0; i < READS; i++) {
            long started = System.nanoTime();
            next = api.queryJson(next).path("next").asText();
            walk[0][i] = micros(started);
            started = System.nanoTime();
            baseline.nextPage(PAGE_SIZE);
            walk[1][i] = micros(started);
        }
        for (int i = 0; i < READS; i++) {
            int number = random.nextInt(pages);
            long started = System.nanoTime();
            api.queryJson(first + "&page=" + number);
            numbered[0][i] = micros(started);
            started = System.nanoTime();
            baseline.numberedPage(number, PAGE_SIZE, COUNT_LIMIT + 1);
            numbered[1][i] = micros(started);
        }
        return List.of(
                figure(name + ": first page, with its count", first, firstPage, total),
                figure(name + ": the next " + READS + " pages by cursor", first + "&cursor=…", walk, total),
                figure(
                        name + ": random page=N among the first " + pages + ", with its count",
                        first + "&page=N",
                        numbered,
                        total));
    }

    /** The count a first page gives: exact, or "more than" the limit. */
    private static String counted(JsonNode page) {
        return page.has("totalItems")
                ? String.format("%,d", page.get("totalItems").asLong())
                : "more than "
                        + String.format("%,d", page.path("totalItemsMoreThan").asLong());
    }

    private static Figure figure(String name, String query, long[][] latencies, String total) {
        return new Figure(name, query, Percentiles.of(latencies[0]), Percentiles.of(latencies[1]), total);
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000;
    }

    private static void write(
            Path output, int agreements, double seconds, long timelineRows, String load, List<Figure> figures)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# The portfolio as of a date at ")
                .append(String.format("%,d", agreements))
                .append(" agreements\n\n");
        md.append("Written by `PortfolioBenchmark` (benchmark module) on ")
                .append(Instant.now())
                .append(": ")
                .append(String.format("%,d", agreements))
                .append(" agreements of ")
                .append(EVENTS_EACH)
                .append(" events each, written to the topic and projected in ")
                .append(String.format("%.0f", seconds))
                .append(" s (")
                .append(String.format("%,.0f", agreements * EVENTS_EACH / seconds))
                .append(" events/s, current state, deadlines and timeline together); the timeline holds ")
                .append(String.format("%,d", timelineRows))
                .append(" rows. Each kind of page is read three ways, one request after another after ")
                .append(WARM_UP)
                .append(" unmeasured: the first page (")
                .append(READS)
                .append(" times, with its count: exact up to query-service's limit of ")
                .append(String.format("%,d", COUNT_LIMIT))
                .append(" matches, `totalItemsMoreThan` beyond), the ")
                .append(READS)
                .append(" pages after it by following `next` (keyset `cursor`, no count), and ")
                .append(READS)
                .append(" pages at random page numbers within the limit (`page=N`: OFFSET and the count); pages of ")
                .append(PAGE_SIZE)
                .append(", through HTTP (JSON) and, as baseline, the same statements in SQL on the same table over ")
                .append("one JDBC connection (`PortfolioSql`). Both tables were `VACUUM ANALYZE`d after the load, as ")
                .append("autovacuum would; load average (1 min) at the start of the reads: ")
                .append(load)
                .append(", at the end: ")
                .append(loadAverage())
                .append(".\n\n");
        md.append("| page | counted | HTTP p50 | HTTP p95 | HTTP p99 | SQL p50 | SQL p95 | p95 ratio |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append(String.format(
                    "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f× |%n",
                    figure.name(),
                    figure.counted(),
                    figure.http().millis(50),
                    figure.http().millis(95),
                    figure.http().millis(99),
                    figure.sql().millis(50),
                    figure.sql().millis(95),
                    figure.http().millis(95) / figure.sql().millis(95)));
        }
        md.append("\nThe requests: `").append(figures.get(3).query()).append("` and the others as named.\n");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, md.toString());
        System.out.println(md);
    }
}
