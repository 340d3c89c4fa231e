package org.cooperation.benchmark;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.cooperation.localinfra.LocalPostgres;
import org.cooperation.localrun.LocalSettings;
import org.cooperation.localrun.LocalSystem;

/**
 * The scale section: how the cost of each request follows the number of agreements on record.
 * On a system of its own (fresh PostgreSQL, broker and services, so the sizes are exact), the
 * record is grown by {@link ScaleSeed} to each size in turn, and at each size one client (no
 * queueing: the cost of the request itself) sends every command kind, reads the list with each
 * filter and each sort, one agreement's history and its state as of a date, and a rebuild of the
 * read models is timed. Every command goes to a seeded agreement no command has touched, so none
 * is in command-service's memory ({@code RecentAgreements}) at any size.
 */
final class Scale {

    /** What was measured at each size: latencies of each request, the rebuild's seconds. */
    record Result(
            List<Integer> sizes,
            Map<String, List<Percentiles>> commands,
            Map<String, List<Percentiles>> reads,
            List<Double> rebuildSeconds,
            int samples,
            int warmUpSeconds) {}

    private static final String[] FILTERS = {
        "status=IN_FORCE",
        "party=JP-METI",
        "field=" + URLEncoder.encode("Industrial cyber security", StandardCharsets.UTF_8),
        "endsBefore=" + LocalDate.now(ZoneOffset.UTC).plusYears(20),
        "meetingOverdue=true"
    };
    private static final String[] SORTS = {
        "agreementId", "title", "status", "signedOn", "termEndsOn", "lastDayInForce", "nextMeetingDue"
    };

    private final Api api;
    private final ScaleSeed seed;
    private final int samples;
    private final Set<Integer> used = new HashSet<>();
    private int counter;

    private Scale(Api api, ScaleSeed seed, int samples) {
        this.api = api;
        this.seed = seed;
        this.samples = samples;
    }

    static Result run(Options options, LocalSettings base, Path data, Report report) throws Exception {
        LocalSettings settings = base.withDataDirectory(data).withPorts(0, 0, 0, 0);
        try (LocalSystem system = LocalSystem.start(settings)) {
            LocalPostgres postgres = system.postgres();
            Api api =
                    new Api(system.commandService().url(), system.queryService().url(), Tokens.benchmark(system));
            try (Connection sql = DriverManager.getConnection(
                    postgres.jdbcUrl("agreements"), postgres.username(), postgres.password())) {
                Scale scale = new Scale(api, new ScaleSeed(api, sql), options.scaleSamples());
                return scale.measure(options, report);
            }
        }
    }

    private Result measure(Options options, Report report) throws Exception {
        Map<String, List<Percentiles>> commands = new LinkedHashMap<>();
        Map<String, List<Percentiles>> reads = new LinkedHashMap<>();
        List<Double> rebuilds = new ArrayList<>();
        boolean warm = false;
        for (int size : options.scaleSizes()) {
            report.step("scale: seeding " + size + " agreements");
            seed.growTo(size);
            if (!warm) {
                report.step("scale: warm-up (not measured)");
                warmUp(options.warmUpSeconds());
                warm = true;
            }
            report.step("scale: measuring at " + size + " agreements");
            String historyOf = measureCommands(size, commands);
            measureReads(historyOf, reads);
            rebuilds.add(rebuildSeconds());
        }
        return new Result(options.scaleSizes(), commands, reads, rebuilds, samples, options.warmUpSeconds());
    }

    /** The same requests as measured, unmeasured, on agreements of their own, so the JIT has compiled them. */
    private void warmUp(int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        int round = 0;
        do {
            String id = "warm-up-" + round++;
            long version = api.command("/api/agreements", CommandMix.sign(id));
            for (ScaleCommands.Kind kind : ScaleCommands.onSeeded(++counter)) {
                version = api.command(kind.path(id), kind.body());
            }
            // The agreement is new: its reads wait until the read model has it, as a client's would.
            api.queryBytes("/api/agreements/" + id + "?minVersion=" + version);
            for (Map.Entry<String, String> read : readPaths(id).entrySet()) {
                api.queryBytes(read.getValue());
            }
        } while (System.nanoTime() < until);
    }

    /** Each command kind {@code samples} times, each run on an untouched seeded agreement; returns one of them. */
    private String measureCommands(int size, Map<String, List<Percentiles>> results) throws Exception {
        Map<String, long[]> micros = new LinkedHashMap<>();
        String last = null;
        for (int sample = 0; sample < samples; sample++) {
            String id = ScaleSeed.id(untouched(size));
            int n = ++counter;
            time(micros, ScaleCommands.sign("signed-" + n), "signed-" + n, sample);
            for (ScaleCommands.Kind kind : ScaleCommands.onSeeded(n)) {
                time(micros, kind, id, sample);
            }
            last = id;
        }
        micros.forEach((kind, values) ->
                results.computeIfAbsent(kind, k -> new ArrayList<>()).add(Percentiles.of(values)));
        return last;
    }

    private void time(Map<String, long[]> micros, ScaleCommands.Kind kind, String id, int sample) throws Exception {
        long started = System.nanoTime();
        api.command(kind.path(id), kind.body());
        micros.computeIfAbsent(kind.name(), k -> new long[samples])[sample] = (System.nanoTime() - started) / 1_000;
    }

    private int untouched(int size) {
        if (used.size() >= size - 1) {
            throw new IllegalStateException("no untouched agreement left among " + size);
        }
        while (true) {
            int n = ThreadLocalRandom.current().nextInt(1, size);
            if (used.add(n)) {
                return n;
            }
        }
    }

    private void measureReads(String agreementId, Map<String, List<Percentiles>> results) throws Exception {
        for (Map.Entry<String, String> read : readPaths(agreementId).entrySet()) {
            long[] micros = new long[samples];
            for (int i = 0; i < samples; i++) {
                long started = System.nanoTime();
                api.queryBytes(read.getValue());
                micros[i] = (System.nanoTime() - started) / 1_000;
            }
            results.computeIfAbsent(read.getKey(), k -> new ArrayList<>()).add(Percentiles.of(micros));
        }
    }

    /** Every read measured: the list (first page) with each filter and each sort, the history, a past state. */
    private static Map<String, String> readPaths(String agreementId) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String filter : FILTERS) {
            paths.put("list ?" + URLDecoder.decode(filter, StandardCharsets.UTF_8), "/api/agreements?" + filter);
        }
        for (String sort : SORTS) {
            paths.put("list ?sort=" + sort + ",desc", "/api/agreements?sort=" + sort + ",desc");
        }
        paths.put("history of one agreement", "/api/agreements/" + agreementId + "/history");
        paths.put(
                "one agreement ?asOf", "/api/agreements/" + agreementId + "?asOf=" + ScaleSeed.SIGNED_ON.plusMonths(6));
        return paths;
    }

    private double rebuildSeconds() throws Exception {
        long started = System.nanoTime();
        api.queryPost("/api/admin/rebuild");
        while (!api.queryJson("/api/admin/rebuild").path("state").asText().equals("SUCCEEDED")) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
