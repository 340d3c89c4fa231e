package org.cooperation.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.cooperation.agreement.api.AgreementId;

/**
 * What a read costs the query side, a figure of its own beside docs/benchmarks.md (issue 22's
 * points 3 and 5 seen from the reads): the current state of one agreement asked by a few clients as
 * fast as they are answered, the pages of a history of 10,000 events read one after another, and
 * figure (d) on that history. Each with query-service's and PostgreSQL's CPU per read, from /proc.
 * Run against services built from other code ({@code -Dlocal.services.root=} another checkout's
 * folder) it gives the before and after of a change on the same machine in the same hour.
 *
 * <pre>java -Dlocal.services.root=. -cp benchmark/target/benchmark.jar \
 *     org.cooperation.benchmark.ReadBenchmark [output.md] [--quick]</pre>
 *
 * <p>{@code --quick} is the smoke size CI runs ({@code ReadBenchmarkSmokeIT}), so that this benchmark
 * keeps working as the system changes; its figures mean nothing.
 */
public final class ReadBenchmark {

    private static final String AGREEMENT = "bench-read-0";
    private static final int CLIENTS = 4;

    /** How much of each read, and for how long. */
    private record Sizes(int historyEvents, int warmUpSeconds, int seconds, int rounds) {
        /**
         * A history of 10,000 events, as (d)'s; a warm-up long enough for both services' compilers to
         * settle on these reads (see Options on the warm-up).
         */
        static final Sizes FULL = new Sizes(10_000, 90, 20, 3);

        static final Sizes QUICK = new Sizes(2_000, 2, 2, 1);

        int pages() {
            return historyEvents / 1_000;
        }
    }

    private ReadBenchmark() {}

    /** One kind of read, measured once: how many, how fast, and the CPU each cost. */
    private record Figure(String name, long reads, double seconds, Percentiles latency, CpuUse.Split cpu) {}

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        Sizes sizes = arguments.remove("--quick") ? Sizes.QUICK : Sizes.FULL;
        Path output = arguments.isEmpty() ? Path.of("target", "benchmark-reads.md") : Path.of(arguments.get(0));
        try (FreshSystem fresh = FreshSystem.start("benchmark-reads-data")) {
            Api api = fresh.api();
            Connection sql = fresh.sql();
            long version = api.command("/api/agreements", CommandMix.sign(AGREEMENT));
            CommandLoad.awaitVisible(api, AGREEMENT, version);
            String state = "/api/agreements/" + AgreementId.of(AGREEMENT).value();
            String historyId = HistoryQuery.seed(api, fresh.history(), sizes.historyEvents());
            double fixedWork = CpuSpeed.millisForFixedWork();
            // (d) first as the main benchmark once took it: 20 reads of warm-up on services and a
            // client that have not read a history before.
            CpuUse.Processes processes = CpuUse.Processes.of(fresh.system());
            HistoryQuery.Result first = HistoryQuery.timed(api, sql, historyId, sizes.historyEvents(), 0, processes);

            Read stateRead = () -> api.queryBytes(state);
            Read wholeHistory = () -> HistoryQuery.readOverHttp(api, historyId, sizes.historyEvents());
            closedLoop(processes, "warm-up", CLIENTS, sizes.warmUpSeconds(), 1, stateRead);
            closedLoop(processes, "warm-up", 1, sizes.warmUpSeconds() / 2, sizes.pages(), wholeHistory);
            List<Figure> figures = new ArrayList<>();
            List<HistoryQuery.Result> histories = new ArrayList<>();
            for (int round = 0; round < sizes.rounds(); round++) {
                figures.add(closedLoop(
                        processes,
                        "the current state of one agreement, " + CLIENTS + " clients",
                        CLIENTS,
                        sizes.seconds(),
                        1,
                        stateRead));
                figures.add(closedLoop(
                        processes,
                        "a page of 1,000 history events, 1 client (whole histories of " + sizes.pages() + " pages)",
                        1,
                        sizes.seconds(),
                        sizes.pages(),
                        wholeHistory));
                histories.add(HistoryQuery.timed(api, sql, historyId, sizes.historyEvents(), 0, processes));
            }
            write(output, sizes, fixedWork, first, figures, histories);
        }
    }

    private interface Read {
        void run() throws Exception;
    }

    /**
     * {@code clients} threads each reading again as soon as answered, for {@code seconds}. Each read
     * makes {@code requestsEach} requests (a whole history, its pages): the latency is the read's, the
     * count and the CPU are per request.
     */
    private static Figure closedLoop(
            CpuUse.Processes processes, String name, int clients, int seconds, int requestsEach, Read read)
            throws Exception {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        CpuUse.Snapshot before = CpuUse.Snapshot.take(processes);
        CommandLoad.eachClientUntil(clients, seconds, client -> () -> {
            long started = System.nanoTime();
            try {
                read.run();
                micros.add((System.nanoTime() - started) / 1_000);
            } catch (Exception e) {
                failures.add(e);
            }
        });
        CpuUse.Snapshot after = CpuUse.Snapshot.take(processes);
        if (!failures.isEmpty()) {
            // A figure that counted failed reads as reads would flatter the service; none is written.
            throw new IllegalStateException(
                    failures.size() + " reads of " + name + " failed, the first with: " + failures.peek(),
                    failures.peek());
        }
        long reads = (long) micros.size() * requestsEach;
        return new Figure(
                name,
                reads,
                (after.nanos() - before.nanos()) / 1e9,
                Percentiles.of(micros.stream().mapToLong(Long::longValue).toArray()),
                CpuUse.Split.perCommand(before, after, Math.max(1, reads)));
    }

    private static void row(StringBuilder md, String when, HistoryQuery.Result result) {
        md.append(String.format(
                "| %s | %.1f ms | %.1f ms | %.2f× |%n", when, result.httpMillis(), result.sqlMillis(), result.ratio()));
    }

    private static void write(
            Path output,
            Sizes sizes,
            double fixedWork,
            HistoryQuery.Result first,
            List<Figure> figures,
            List<HistoryQuery.Result> histories)
            throws Exception {
        StringBuilder md = new StringBuilder("# Reads: what each costs the query side\n\n");
        md.append("Written by `java -Dlocal.services.root=")
                .append(System.getProperty("local.services.root", "."))
                .append(" -cp benchmark/target/benchmark.jar org.cooperation.benchmark.ReadBenchmark` on ")
                .append(LocalDate.now())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; the benchmark's fixed work (as in benchmarks.md) took ")
                .append(String.format("%.0f", fixedWork))
                .append(" ms before the reads, a gauge of the machine's speed at the time. ")
                .append(sizes.rounds())
                .append(" rounds of ")
                .append(sizes.seconds())
                .append(" s each after ")
                .append(sizes.warmUpSeconds())
                .append(" s of warm-up. The history's latency is that of a whole history (")
                .append(sizes.pages())
                .append(" pages, each scanned by a streaming JSON parser as in (d)); its CPU is per page.\n\n");
        md.append("| read | per second | latency p50 / p99 | query-service CPU per read | PostgreSQL | the system |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append(String.format(
                    "| %s | %.0f | %.2f / %.2f ms | %.3f ms | %.3f ms | %.3f ms |%n",
                    figure.name(),
                    figure.reads() / figure.seconds(),
                    figure.latency().millis(50),
                    figure.latency().millis(99),
                    figure.cpu().query(),
                    figure.cpu().postgres(),
                    figure.cpu().system()));
        }
        md.append("\n(d), all pages of the history against one SQL statement of the same rows (median of 7 each):\n\n");
        md.append("| when | HTTP | SQL | ratio |\n|---|---|---|---|\n");
        row(md, "first, after only 20 reads of warm-up, as the main benchmark once took it", first);
        for (int i = 0; i < histories.size(); i++) {
            row(md, "round " + (i + 1) + ", after the warm-up", histories.get(i));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, md.toString());
        System.out.println(md);
    }
}
