package org.cooperation.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.cooperation.localinfra.Directories;
import org.cooperation.localinfra.LocalPostgres;
import org.cooperation.localrun.LocalSettings;
import org.cooperation.localrun.LocalSystem;
import org.cooperation.localrun.RunLock;

/**
 * {@code ./benchmark}: starts the system against its own PostgreSQL and KRaft broker (separate
 * processes), measures each figure of the benchmark issue together with its baseline in the same
 * run, and writes docs/benchmarks.md and a latency plot. {@code --quick} is the CI smoke size.
 */
public final class Benchmark {

    private Benchmark() {}

    private static final String JVM_OPTIONS = "SERVICE_JVM_OPTIONS";
    /** Set by CI, where a skipped baseline would hide a broken pgbench step. */
    static final String PGBENCH_REQUIRED = "pgbench.required";
    /** (b) is measured again at these shares of its rate. */
    private static final double[] LOWER_RATE_SHARES = {0.5, 0.25};

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // A second run would delete the first one's servers' files from under them.
        Path lockFile = Path.of("target", "benchmark.lock");
        RunLock lock;
        try {
            lock = RunLock.take(lockFile);
        } catch (RunLock.HeldElsewhere e) {
            throw new IllegalStateException("another benchmark is running here (" + e.getMessage() + ")");
        }
        try (lock) {
            run(options, "./run-benchmark" + (args.length == 0 ? "" : " " + String.join(" ", args)));
        }
    }

    private static void run(Options options, String command) throws Exception {
        Path data = Path.of("target", "benchmark-data").toAbsolutePath();
        Directories.deleteRecursively(data);
        Files.createDirectories(data);
        // Only the services' JVM options come from the environment, as for ./run-local: the benchmark
        // always starts its own PostgreSQL and broker, whatever DATABASE_URL or KAFKA_BOOTSTRAP_SERVERS say.
        Map<String, String> environment =
                System.getenv().containsKey(JVM_OPTIONS) ? Map.of(JVM_OPTIONS, System.getenv(JVM_OPTIONS)) : Map.of();
        LocalSettings settings = LocalSettings.fromEnvironment(environment)
                .withDataDirectory(data)
                .withPorts(0, 0, 0, 0);
        Report report = new Report(options);
        report.command = command;
        report.serviceJvmOptions = String.join(" ", settings.jvmOptions());
        long started = System.nanoTime();
        if (!options.scaleOnly()) {
            measureTheFigures(options, settings, data, report);
            report.totalSeconds = (System.nanoTime() - started) / 1e9;
            report.write(options.output());
            System.out.println(report.summary());
        }
        // On a system of its own, after the other figures: its sizes are exact, and theirs are as before.
        Scale.Result scale = Scale.run(options, settings, data.resolve("scale"), report);
        ScaleReport.write(scale, command, options.output());
        System.out.println(ScaleReport.markdown(scale, command));
    }

    private static void measureTheFigures(Options options, LocalSettings settings, Path data, Report report)
            throws Exception {
        try (LocalSystem system = LocalSystem.start(settings)) {
            LocalPostgres postgres = system.postgres();
            Api api =
                    new Api(system.commandService().url(), system.queryService().url(), Tokens.benchmark(system));
            String jdbcUrl = postgres.jdbcUrl("agreements");

            try (Connection sql = DriverManager.getConnection(jdbcUrl, postgres.username(), postgres.password());
                    Statement statement = sql.createStatement();
                    ResultSet version = statement.executeQuery("SHOW server_version")) {
                version.next();
                report.postgresVersion = version.getString(1);
            }
            report.speedAtStart = CpuSpeed.millisForFixedWork();
            // The published figures need pgbench (./run-benchmark installs it); a smoke run on a
            // machine with only a JDK skips that one baseline, unless told it must be there (CI).
            if (Pgbench.find().isPresent() || !options.quick() || Boolean.getBoolean(PGBENCH_REQUIRED)) {
                report.step("pgbench baseline");
                report.pgbenchTps = Pgbench.insertTps(
                        jdbcUrl,
                        "127.0.0.1",
                        postgres.port(),
                        postgres.username(),
                        "agreements",
                        options.clients(),
                        options.seconds(),
                        data);
            } else {
                report.step("pgbench baseline SKIPPED: pgbench is not installed (apt-get install postgresql-contrib)");
                report.pgbenchTps = Double.NaN;
            }

            report.step("warm-up (not measured)");
            CommandLoad.closedLoopReadingBack(api, "warm-up", options.clients(), options.warmUpSeconds());

            report.speedBeforeLoad = CpuSpeed.millisForFixedWork();
            report.step("(a) command throughput");
            CpuUse.Processes processes = CpuUse.Processes.of(system);
            Profiles profiles = options.profile() ? Profiles.start(processes, data.resolve("profiles"), "a") : null;
            CpuUse.Snapshot before = CpuUse.Snapshot.take(processes);
            report.throughput = CommandLoad.closedLoop(api, "load", options.clients(), options.seconds());
            report.cpu = CpuUse.Split.perCommand(before, CpuUse.Snapshot.take(processes), report.throughput.commands());
            if (profiles != null) {
                report.profiles.add(profiles.stop("(a), " + options.clients() + " clients"));
            }
            report.commandRssKb = system.commandService().rssKilobytes();
            report.queryRssKb = system.queryService().rssKilobytes();

            report.step("the hash chain's own work, timed on the events of (a)");
            try (Connection sql = DriverManager.getConnection(jdbcUrl, postgres.username(), postgres.password())) {
                report.chainWork = ChainWork.measure(sql);
            }
            report.step("(b) accepted to visible");
            double rate = Math.max(1, report.throughput.commandsPerSecond() / 2);
            report.latencyRate = rate;
            before = CpuUse.Snapshot.take(processes);
            report.latency = CommandLoad.openLoop(api, rate, options.seconds(), null);
            report.latencyCpu = CpuUse.Split.perCommand(
                    before,
                    CpuUse.Snapshot.take(processes),
                    report.latency.percentiles().count());

            // The same measurement at lower rates: where the latency target is met on this machine,
            // and what a command costs when batches hold one event. Only here does a consumer of the
            // topic watch too (it costs the machine a little), to split the latency at the topic.
            report.step("(b) at lower rates");
            try (TopicWatch topic = new TopicWatch(system.kafka().bootstrapServers())) {
                for (double share : LOWER_RATE_SHARES) {
                    double lowerRate = Math.max(1, rate * share);
                    before = CpuUse.Snapshot.take(processes);
                    CommandLoad.Latency latency = CommandLoad.openLoop(api, lowerRate, options.seconds(), topic);

                    report.lowerRates.add(new Report.LatencyAt(
                            lowerRate,
                            latency,
                            CpuUse.Split.perCommand(
                                    before,
                                    CpuUse.Snapshot.take(processes),
                                    latency.percentiles().count())));
                }
            }

            // (a)'s load at an eighth of its rate, nothing read back: what a command costs when the
            // publisher's and the projection's batches hold one event, against (a)'s figure.
            report.step("(a)'s commands at an eighth of its rate");
            report.quietRate = report.throughput.commandsPerSecond() / 8;
            Profiles quietProfiles =
                    options.profile() ? Profiles.start(processes, data.resolve("profiles"), "eighth") : null;
            before = CpuUse.Snapshot.take(processes);
            long quietCommands = CommandLoad.commandsAtRate(api, report.quietRate, options.seconds());
            report.quietCpu = CpuUse.Split.perCommand(before, CpuUse.Snapshot.take(processes), quietCommands);
            if (quietProfiles != null) {
                report.profiles.add(quietProfiles.stop(String.format(
                        Locale.ROOT, "(a)'s commands at an eighth of its rate, %.0f /s", report.quietRate)));
            }

            report.step("the system doing nothing");
            Thread.sleep(2_000);
            report.idleSeconds = Math.max(1, options.seconds() / 3);
            before = CpuUse.Snapshot.take(processes);
            Thread.sleep(report.idleSeconds * 1_000L);
            report.idle = CpuUse.Split.perSecond(before, CpuUse.Snapshot.take(processes));

            report.step("ceiling of (a): the same clients, a request that does nothing");
            report.ceiling = Ceiling.measure(api, options.clients(), options.seconds(), processes);
            report.speedAfterLoad = CpuSpeed.millisForFixedWork();

            try (SyntheticHistory history = new SyntheticHistory(system.kafka().bootstrapServers());
                    Connection sql = DriverManager.getConnection(jdbcUrl, postgres.username(), postgres.password())) {
                report.step("(d) history of one long agreement");
                report.history = HistoryQuery.measure(api, history, sql, options.historyEvents(), options, processes);

                report.step("(c) rebuild of the read models");
                report.rebuild = Rebuild.measure(api, history, sql, options.rebuildEvents());

                // After (c), so that the rebuild folds the same events as before this figure was added.
                report.step("a fact entered late into (d)'s history");
                report.lateFact = LateFact.measure(api, history, options.historyEvents());
            }

            // Last of the figures: it restarts command-service twice, and a JVM compiles for minutes
            // after a start (docs/performance.md), on the cores the others' work would use. With the
            // same code, (d) was 2.58× measured after it and 1.75× before it (docs/performance.md).
            report.step("(a) with the chain off, then on again (command-service restarted for each)");
            report.chainCost = ChainCost.measure(system, api, options);
            report.commandRssAfterKb = system.commandService().rssKilobytes();
            report.queryRssAfterKb = system.queryService().rssKilobytes();
        }
    }

    static long count(Connection sql, String query) throws SQLException {
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
