package org.cooperation.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cooperation.localinfra.LocalPostgres;
import org.cooperation.localrun.LocalSettings;
import org.cooperation.localrun.LocalSystem;

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

    private PortfolioBenchmark() {}

    /** One kind of page and its latencies, through HTTP and as the same SQL. */
    private record Figure(String name, String query, Percentiles http, Percentiles sql, long totalItems) {}

    public static void main(String[] args) throws Exception {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path output = args.length > 1 ? Path.of(args[1]) : Path.of("docs", "benchmark-portfolio.md");
        Path data = Path.of("target", "benchmark-portfolio-data").toAbsolutePath();
        Files.createDirectories(data);
        LocalSettings settings = LocalSettings.fromEnvironment(
                        System.getenv().containsKey("SERVICE_JVM_OPTIONS")
                                ? Map.of("SERVICE_JVM_OPTIONS", System.getenv("SERVICE_JVM_OPTIONS"))
                                : Map.of())
                .withDataDirectory(data)
                .withPorts(0, 0, 0, 0);
        try (LocalSystem system = LocalSystem.start(settings)) {
            LocalPostgres postgres = system.postgres();
            Api api =
                    new Api(system.commandService().url(), system.queryService().url(), Tokens.benchmark(system));
            try (Connection sql = DriverManager.getConnection(
                            postgres.jdbcUrl("agreements"), postgres.username(), postgres.password());
                    SyntheticHistory history =
                            new SyntheticHistory(system.kafka().bootstrapServers())) {
                long started = System.nanoTime();
                Instant seeding = Instant.now();
                history.agreements(PREFIX, agreements, EVENTS_EACH);
                // Half-way through the recording: the record then held every signature and about half the rest.
                awaitProjected(sql, agreements);
                double seconds = (System.nanoTime() - started) / 1e9;
                Instant halfway = seeding.plusNanos((long) (seconds * 1e9 / 2));
                long timelineRows = Benchmark.count(sql, "SELECT count(*) FROM query.agreement_timeline");
                List<Figure> figures = new ArrayList<>();
                String filters = "party=JP-METI&status=IN_FORCE&sort=termEndsOn,desc";
                figures.add(
                        measure(api, sql, "now (the current state's table)", filters, null, null, null, agreements));
                figures.add(measure(api, sql, "asOf=2025-06-01", filters, "2025-06-01", null, null, agreements));
                figures.add(measure(
                        api,
                        sql,
                        "asOf=2025-06-01, meetingOverdue=true",
                        filters + "&meetingOverdue=true",
                        "2025-06-01",
                        null,
                        true,
                        agreements));
                figures.add(measure(
                        api,
                        sql,
                        "asOf=2025-06-01, recordedAsOf half-way through the recording",
                        filters,
                        "2025-06-01",
                        halfway,
                        null,
                        agreements));
                write(output, agreements, seconds, timelineRows, figures);
            }
        }
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

    private static Figure measure(
            Api api,
            Connection sql,
            String name,
            String filters,
            String asOf,
            Instant recordedAsOf,
            Boolean overdue,
            int agreements)
            throws Exception {
        String point = (asOf == null ? "" : "&asOf=" + asOf)
                + (recordedAsOf == null
                        ? ""
                        : "&recordedAsOf=" + URLEncoder.encode(recordedAsOf.toString(), StandardCharsets.UTF_8));
        String page = "/api/agreements?" + filters + point + "&size=" + PAGE_SIZE + "&page=";
        Random random = new Random(20);
        int pages = Math.max(1, agreements / PAGE_SIZE);
        for (int i = 0; i < WARM_UP; i++) {
            api.queryJson(page + random.nextInt(pages));
            sqlPage(sql, asOf, recordedAsOf, overdue, random.nextInt(pages));
        }
        long[] http = new long[READS];
        long[] raw = new long[READS];
        long total = 0;
        for (int i = 0; i < READS; i++) {
            int number = random.nextInt(pages);
            long started = System.nanoTime();
            total = api.queryJson(page + number).path("totalItems").asLong();
            http[i] = (System.nanoTime() - started) / 1_000;
            started = System.nanoTime();
            sqlPage(sql, asOf, recordedAsOf, overdue, number);
            raw[i] = (System.nanoTime() - started) / 1_000;
        }
        return new Figure(name, page + "N", Percentiles.of(http), Percentiles.of(raw), total);
    }

    /** The page's two statements (count and rows) in SQL, on the same table the service reads. */
    private static void sqlPage(Connection sql, String asOf, Instant recordedAsOf, Boolean overdue, int page)
            throws Exception {
        String day = asOf == null ? "current_date" : "DATE '" + asOf + "'";
        String where = " WHERE party_codes @> ARRAY['JP-METI'] AND (CASE WHEN status = 'IN_FORCE' AND effective_from > "
                + day + " THEN 'SIGNED' ELSE status END) = 'IN_FORCE'"
                + (Boolean.TRUE.equals(overdue) ? " AND meeting_overdue_from <= " + day : "");
        String from = " FROM query.agreement";
        if (asOf != null) {
            from = " FROM query.agreement_timeline";
            where += " AND valid_from <= " + day + " AND (valid_to IS NULL OR valid_to > " + day + ")"
                    + (recordedAsOf == null
                            ? " AND recorded_to IS NULL"
                            : " AND recorded_from <= TIMESTAMPTZ '" + recordedAsOf
                                    + "' AND (recorded_to IS NULL OR recorded_to > " + "TIMESTAMPTZ '" + recordedAsOf
                                    + "')");
        }
        try (Statement statement = sql.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT count(*)" + from + where)) {
                count.next();
            }
            try (ResultSet rows = statement.executeQuery("SELECT agreement_id, title, kind, status, party_codes, "
                    + "signed_on, term_ends_on, last_day_in_force, next_meeting_due, meeting_overdue_from, version"
                    + from + where + " ORDER BY term_ends_on DESC NULLS LAST, agreement_id LIMIT " + PAGE_SIZE
                    + " OFFSET " + (long) page * PAGE_SIZE)) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        }
    }

    private static void write(Path output, int agreements, double seconds, long timelineRows, List<Figure> figures)
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
                .append(" rows. Each figure: ")
                .append(READS)
                .append(" pages of ")
                .append(PAGE_SIZE)
                .append(" read one after another at random page numbers, after ")
                .append(WARM_UP)
                .append(" unmeasured, through HTTP (JSON, with its count) and, as baseline, the same ")
                .append("count and page in SQL on the same table over one JDBC connection.\n\n");
        md.append("| page | items | HTTP p50 | HTTP p95 | HTTP p99 | SQL p50 | SQL p95 | p95 ratio |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append(String.format(
                    "| %s | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f× |%n",
                    figure.name(),
                    figure.totalItems(),
                    figure.http().millis(50),
                    figure.http().millis(95),
                    figure.http().millis(99),
                    figure.sql().millis(50),
                    figure.sql().millis(95),
                    figure.http().millis(95) / figure.sql().millis(95)));
        }
        md.append("\nThe requests: `").append(figures.get(1).query()).append("` and the others as named.\n");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, md.toString());
        System.out.println(md);
    }
}
