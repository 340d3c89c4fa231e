package org.cooperation.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run, written to docs/benchmarks.md with the machine and settings they came from. */
final class Report {

    private static final String PLOT = "benchmark-latency.png";

    private final Options options;
    /** How the run was started, options and all, as the report says at its head. */
    String command = "./run-benchmark";

    double pgbenchTps;
    CommandLoad.Throughput throughput;
    CpuUse.Split cpu;
    /** (a) with the hash chain off and on, in this run. */
    ChainCost chainCost;
    /** The chain's own work per event, timed in the benchmark's process on the events of (a). */
    ChainWork chainWork;

    Ceiling.Result ceiling;
    double latencyRate;
    CpuUse.Split latencyCpu;
    /** {@link CpuSpeed} at the start, before (a) and after (b). */
    double speedAtStart;

    double speedBeforeLoad;
    double speedAfterLoad;
    CommandLoad.Latency latency;
    /** (b) again at lower rates. */
    final List<LatencyAt> lowerRates = new ArrayList<>();
    /** With --profile: where each service's CPU went, a section per stretch of load. */
    final List<String> profiles = new ArrayList<>();
    /** (a)'s commands at an eighth of its rate, none read back, and the CPU they took. */
    double quietRate;

    CpuUse.Split quietCpu;
    /** CPU per second of each part while nothing is asked, after (b), for this many seconds. */
    CpuUse.Split idle;

    int idleSeconds;

    HistoryQuery.Result history;
    LateFact lateFact;
    Rebuild.Result rebuild;
    long commandRssKb;
    long queryRssKb;
    long commandRssAfterKb;
    long queryRssAfterKb;
    double totalSeconds;
    String postgresVersion;
    String serviceJvmOptions;

    /** One open-loop measurement of (b) and the CPU it took. */
    record LatencyAt(double rate, CommandLoad.Latency latency, CpuUse.Split cpu) {}

    Report(Options options) {
        this.options = options;
    }

    void step(String name) {
        System.out.printf("%s  %s%n", Instant.now(), name);
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        LatencyPlot.write(
                latency.percentiles(),
                String.format(
                        Locale.ROOT,
                        "Command accepted -> visible in the query API, %.0f commands/s",
                        latency.achievedRate()),
                folder.resolve(PLOT));
        Files.writeString(folder.resolve("benchmarks.md"), markdown());
        if (!profiles.isEmpty()) {
            Files.writeString(
                    folder.resolve("benchmark-profile.md"), """
                    # Where the services' CPU went

                    Written by `./run-benchmark --profile` on %s: async-profiler's CPU samples (itimer, every
                    millisecond of CPU) of each service, loaded into the running JVMs after the warm-up. The
                    collapsed stacks are in `target/benchmark-data/profiles`. Frames are the JIT's names:
                    `Interpreter`, a method not compiled yet; `[vdso]` and kernel frames, system calls.
                    """.formatted(Instant.now()) + String.join("", profiles));
        }
    }

    String summary() {
        return table() + costTargets() + chainCost() + lowerRates() + cpuUse();
    }

    String costTargets() {
        return CpuText.costTargets(throughput, ceiling, cpu, quietRate, quietCpu);
    }

    /** What chaining each event costs a command: timed directly, and (a) with the chain off and on. */
    String chainCost() {
        if (chainCost == null || chainWork == null) {
            return "";
        }
        double share = chainWork.shareOf(cpu.command());
        return String.format(
                Locale.ROOT,
                """

                The hash chain's cost (issue 19's target: at most 5 %% of a command's CPU). Its own work, timed on
                one thread of the benchmark's process: the last %d events stored in (a), chained again as
                command-service chains them (payload tree, RFC 8785 canonical form, SHA-256), took %.1f µs of CPU
                per event, the median of %d passes. A command of the mix records one event, so that is %.2f %%
                of command-service's %.3f ms of CPU per command in (a) (target ≤ 5 %%: %s).

                For comparison, (a) again on a command-service restarted with the hash chain off
                (`CHAIN_ENABLED=false`, for this measurement only), then restarted with it on, each after %d s
                of warm-up and for %d s. Two restarts of the same code differ by more than 5 %% on this kind of
                machine (docs/performance.md), so this pair shows the order of the cost, not its last per cent:

                | chain | commands/s | CPU per command: command-service / query-service | machine speed before (fixed work) |
                |---|---|---|---|
                | off | %.0f /s | %.3f / %.3f ms | %.0f ms |
                | on | %.0f /s | %.3f / %.3f ms | %.0f ms |

                command-service's CPU per command with the chain was %.3f× that without it.
                """,
                chainWork.events(),
                chainWork.microsPerEvent(),
                ChainWork.PASSES,
                share * 100,
                cpu.command(),
                check(share <= 0.05),
                ChainCost.warmUpSeconds(options),
                options.seconds(),
                chainCost.off().throughput().commandsPerSecond(),
                chainCost.off().cpu().command(),
                chainCost.off().cpu().query(),
                chainCost.off().speedBefore(),
                chainCost.on().throughput().commandsPerSecond(),
                chainCost.on().cpu().command(),
                chainCost.on().cpu().query(),
                chainCost.on().speedBefore(),
                chainCost.cpuRatio());
    }

    /**
     * (b) and the same at lower rates, one row each, with the part of the latency until a partner
     * reading the topic has the event.
     */
    private String lowerRates() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, """

                (b), and again at lower rates (%d s each), to show how the latency follows the load; "on
                the topic" is accepted → read by a partner's consumer of the events topic, watched at the
                lower rates only (the watching consumer costs the machine a little):

                | rate | visible: p50 / p99 / max | on the topic: p50 / p99 | machine busy | CPU per command: command-service / query-service / PostgreSQL / broker / rest = system; clients; the services' JIT compilers (in their figures) |
                |---|---|---|---|---|
                """, options.seconds()));
        text.append(row(new LatencyAt(latencyRate, latency, latencyCpu)));
        lowerRates.forEach(at -> text.append(row(at)));
        return text.toString();
    }

    private static String row(LatencyAt at) {
        Percentiles visible = at.latency().percentiles();
        Percentiles onTopic = at.latency().toTopic();
        return String.format(
                Locale.ROOT,
                "| %.0f /s | %.1f / %.1f / %.1f ms | %s | %.0f%% | %s |%n",
                at.latency().achievedRate(),
                visible.millis(50),
                visible.millis(99),
                visible.millis(100),
                onTopic == null
                        ? "— (not watched)"
                        : String.format(
                                Locale.ROOT,
                                "%.1f / %.1f ms (%d of %d seen)",
                                onTopic.millis(50),
                                onTopic.millis(99),
                                onTopic.count(),
                                visible.count()),
                at.cpu().machineBusyShare() * 100,
                CpuText.split(at.cpu()));
    }

    private String cpuUse() {
        return CpuText.perCommand("(a)", cpu)
                + CpuText.perCommand("(b)", latencyCpu)
                + (quietCpu == null ? "" : CpuText.perCommand("(a)'s commands at an eighth of its rate", quietCpu))
                + CpuText.idle(idle, idleSeconds)
                + CpuText.perSecond("(d)'s reading of the history", history.cpuPerSecond())
                + String.format(
                        Locale.ROOT,
                        """
                During the ceiling's requests the machine's cores were %.0f%% busy. CPU time per request:
                command-service %.2f ms, the benchmark's own HTTP clients %.2f ms, everything else %.2f ms.
                """,
                        ceiling.cpu().machineBusyShare() * 100,
                        ceiling.cpu().command(),
                        ceiling.cpu().client(),
                        ceiling.cpu().system() - ceiling.cpu().command())
                + String.format(Locale.ROOT, """
                The machine's speed: the same fixed work (a hash map of 200,000 entries filled, read and
                sorted, on one thread) took %.0f ms of CPU at the start, %.0f ms before (a) and %.0f ms after (b).
                On this kind of machine it varied by up to 1.7× within a minute, and runs of one build with it.
                """, speedAtStart, speedBeforeLoad, speedAfterLoad);
    }

    private String markdown() {
        return """
                # Benchmarks

                Written by `%s` on %s (%.0f s in all). Every figure is a ratio to a baseline
                measured in the same run on the same machine, because these machines are shared and noisy.

                %s%s
                %s
                ![latency distribution](%s)

                ## Machine, versions, settings

                | | |
                |---|---|
                | CPU | %s, %d cores |
                | memory | %s |
                | Java | %s |
                | PostgreSQL | %s (fsync on, local binaries from Maven Central) |
                | Kafka | 3.9 single-node KRaft broker (child JVM) |
                | services | separate JVMs, `%s` |
                | load | %d closed-loop clients for %d s (a), after %d s of the same clients each reading its writes back (so that the JIT compilers have compiled the commands and the reads); open loop at half that rate for %d s (b), then at a quarter and an eighth of (a)'s rate |
                | command mix | 1 in 8 signs a new agreement; the rest add fields, milestones, participants, contacts |
                | history (d) | one agreement of %d events, read in pages of 1,000 (each page scanned by a streaming JSON parser, no tree built); median of 7 after %d s of unmeasured reads |
                | rebuild (c) | %,d events asked: what the loads wrote, and synthetic histories of 50 events (in the publisher's exact format, written to the topic) up to that size, at least half of it |

                ## How the figures are taken

                - (a) commands accepted (HTTP 200/201) divided by the time from the first command until
                  the query API shows the last version of every agreement (`?minVersion=N`).
                - (b) for each command, from its acceptance to the first answer of
                  `GET /api/agreements/{id}?minVersion=N` that shows it (the query service answers as
                  soon as its projection commits that version).
                - (b) at lower rates: the same open loop, as long, at a half and a quarter of (b)'s rate.
                  Its CPU per command shows what each command costs when the publisher's and the
                  projection's batches hold one event each. "On the topic": from acceptance until the
                  benchmark's own consumer of the events topic (a partner agency's view) read the event;
                  not watched during (b) itself, so that (b) runs as before.
                - Ceiling of (a): the same %d clients for %d s, each sending its next
                  `GET /actuator/health/liveness` (with the commands' bearer token) as soon as the last
                  was answered, after (b). A command passes the same Tomcat, Spring Security and Spring
                  MVC, then does its work, so (a) cannot exceed this rate on the same machine.
                - (c) `POST /api/admin/rebuild` until `GET /api/admin/rebuild` says `SUCCEEDED`, against
                  `INSERT INTO copy SELECT * FROM query.agreement_event` of the same rows.
                - (d) all pages of `GET /api/agreements/{id}/history` against one SQL `SELECT` of the
                  same rows and columns over JDBC.
                - A fact entered late: after (c), on (d)'s history, an event written to the topic as the
                  publisher writes it, until `?minVersion=N` shows it; three dated after every other
                  event, three dated the day after the signature, taken in turns; the medians.
                - (e) VmRSS of each service process after (a), and at the end.
                - The pgbench baseline: `pgbench -c %d -j 2 -T %d`, one single-row `INSERT` (600-byte
                  payload) and commit per transaction, against the services' PostgreSQL.

                How each request's cost follows the number of agreements on record (1,000 to 100,000) is
                measured after these figures, on a system of its own: [benchmark-scale.md](benchmark-scale.md).
                """.formatted(
                        command,
                        Instant.now(),
                        totalSeconds,
                        table() + costTargets() + chainCost(),
                        lowerRates(),
                        cpuUse(),
                        PLOT,
                        cpuModel(),
                        Runtime.getRuntime().availableProcessors(),
                        memory(),
                        System.getProperty("java.version"),
                        postgresVersion,
                        serviceJvmOptions,
                        options.clients(),
                        options.seconds(),
                        options.warmUpSeconds(),
                        options.seconds(),
                        options.historyEvents(),
                        HistoryQuery.warmUpSeconds(options),
                        options.rebuildEvents(),
                        options.clients(),
                        options.seconds(),
                        options.clients(),
                        options.seconds());
    }

    private String table() {
        return String.format(
                Locale.ROOT,
                """
                | figure | measured | baseline | ratio | target | met |
                |---|---|---|---|---|---|
                | (a) commands/s, %d clients, read model keeping up | %.0f /s (%d accepted, %d failed, catch-up %.2f s) | %s | %s | ≥ 0.25× | %s |
                | ceiling of (a): the same clients, `GET /actuator/health/liveness` of command-service (no work) | %.0f /s (%d answered, %d failed) | %s | %s | (a) ≤ this | — |
                | (b) accepted → visible, at %.0f commands/s | p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d commands, %d waited past the first answer) | — | — | p50 ≤ 20 ms, p99 ≤ 100 ms | %s |
                | (c) rebuild from %,d events | %.0f events/s (%.1f s); live projection %.0f events/s | INSERT … SELECT %.0f rows/s | %.2f× | ≥ 0.3× and ≥ 18k/s | %s |
                | (d) history of %,d events | %.0f ms | raw SQL %.0f ms | %.2f× | ≤ 2× (issue 22) | %s |
                | a fact entered late into (d)'s history (dated the day after the signature, after %,d later facts), from the topic to visible | %.0f ms (median of 3) | one entered in order, the same way %.0f ms | %.1f× | — | — |
                | (e) RSS after (a) / at the end | command-service %d / %d MB, query-service %d / %d MB | — | — | ≤ 512 MB each | %s |
                """,
                options.clients(),
                throughput.commandsPerSecond(),
                throughput.commands(),
                throughput.failures(),
                throughput.catchUpSeconds(),
                pgbenchBaseline(),
                ratioToPgbench(throughput.commandsPerSecond()),
                pgbenchMeasured() ? check(throughput.commandsPerSecond() / pgbenchTps >= 0.25) : "—",
                ceiling.requestsPerSecond(),
                ceiling.requests(),
                ceiling.failures(),
                pgbenchBaseline(),
                ratioToPgbench(ceiling.requestsPerSecond()),
                latencyRate,
                latency.percentiles().millis(50),
                latency.percentiles().millis(99),
                latency.percentiles().millis(100),
                latency.percentiles().count(),
                latency.stale(),
                check(latency.percentiles().millis(50) <= 20
                        && latency.percentiles().millis(99) <= 100),
                rebuild.events(),
                rebuild.rebuildEventsPerSecond(),
                rebuild.rebuildSeconds(),
                rebuild.liveEventsPerSecond(),
                rebuild.bulkRowsPerSecond(),
                rebuild.ratio(),
                check(rebuild.ratio() >= 0.3 && rebuild.rebuildEventsPerSecond() >= 18_000),
                history.events(),
                history.httpMillis(),
                history.sqlMillis(),
                history.ratio(),
                check(history.ratio() <= 2),
                lateFact.historyEvents(),
                lateFact.lateMillis(),
                lateFact.inOrderMillis(),
                lateFact.ratio(),
                commandRssKb / 1024,
                commandRssAfterKb / 1024,
                queryRssKb / 1024,
                queryRssAfterKb / 1024,
                check(Math.max(commandRssKb, commandRssAfterKb) <= 512 * 1024
                        && Math.max(queryRssKb, queryRssAfterKb) <= 512 * 1024));
    }

    /** A smoke run on a machine without pgbench skips its baseline (see {@link Benchmark}). */
    private boolean pgbenchMeasured() {
        return !Double.isNaN(pgbenchTps);
    }

    private String pgbenchBaseline() {
        return pgbenchMeasured()
                ? String.format(Locale.ROOT, "pgbench insert+commit %.0f tps", pgbenchTps)
                : "pgbench not installed: not measured";
    }

    private String ratioToPgbench(double perSecond) {
        return pgbenchMeasured() ? String.format(Locale.ROOT, "%.2f×", perSecond / pgbenchTps) : "—";
    }

    static String check(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / 1024.0 / 1024 / 1024);
    }
}
