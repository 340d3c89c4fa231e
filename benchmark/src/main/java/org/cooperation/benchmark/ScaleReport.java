package org.cooperation.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The scale section's page, docs/benchmark-scale.md, and its plot of cost against size. */
final class ScaleReport {

    static final String PAGE = "benchmark-scale.md";
    static final String PLOT = "benchmark-scale.png";
    /** Issue 22: every command kind's p50 and p99 at the largest size at most this times the smallest's. */
    static final double COMMAND_TARGET = 1.5;

    private ScaleReport() {}

    static void write(Scale.Result result, String command, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, double[]> lines = new LinkedHashMap<>();
        result.commands().forEach((kind, at) -> lines.put(kind, medians(at)));
        Map.Entry<String, List<Percentiles>> slowestList = result.reads().entrySet().stream()
                .filter(read -> read.getKey().startsWith("list"))
                .max((a, b) -> Double.compare(
                        last(a.getValue()).millis(50), last(b.getValue()).millis(50)))
                .orElseThrow();
        lines.put(slowestList.getKey() + " (slowest list)", medians(slowestList.getValue()));
        result.reads().forEach((read, at) -> {
            if (!read.startsWith("list")) {
                lines.put(read, medians(at));
            }
        });
        lines.put(
                "rebuild of the read models",
                result.rebuildSeconds().stream().mapToDouble(s -> s * 1000).toArray());
        ScalePlot.write(result.sizes(), lines, "Cost against the number of agreements on record", folder.resolve(PLOT));
        Files.writeString(folder.resolve(PAGE), markdown(result, command));
    }

    static String markdown(Scale.Result result, String command) {
        List<Integer> sizes = result.sizes();
        String sizeNames = sizes.stream()
                .map(size -> String.format(Locale.ROOT, "%,d", size))
                .collect(Collectors.joining(" / "));
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                """
                # Cost against size

                Written by `%s` on %s. A system of its own (fresh PostgreSQL, broker and services) is grown
                to %s agreements in turn, each signed with its scheduled expiry (one through the API, the
                rest copied from it: `ScaleSeed`, the documented fast path, writes the rows the write path
                writes for a signature, and the read models come from the live projection). At each size
                one client sends each request %d times, one after another, so the figures are the cost of
                the request, not queueing. Each command goes to a seeded agreement that no command had
                touched, so none is in command-service's memory at any size. Before the first size, %d s
                of the same requests, unmeasured, on agreements of their own (the JIT's warm-up).
                Target (issue 22): each command kind's p50 and p99 at the largest size at most %.1f× those
                at the smallest.

                ![cost against size](%s)

                | request | p50 at %s | p99 at %s | largest / smallest: p50, p99 | target | met |
                |---|---|---|---|---|---|
                """,
                command,
                Instant.now(),
                sizeNames,
                result.samples(),
                result.warmUpSeconds(),
                COMMAND_TARGET,
                PLOT,
                sizeNames,
                sizeNames));
        result.commands().forEach((kind, at) -> text.append(row(kind, at, true)));
        result.reads().forEach((read, at) -> text.append(row("`" + read + "`", at, false)));
        text.append(String.format(
                Locale.ROOT,
                "| rebuild of the read models | %s s | — | %.2f× | — | — |%n",
                result.rebuildSeconds().stream()
                        .map(s -> String.format(Locale.ROOT, "%.1f", s))
                        .collect(Collectors.joining(" / ")),
                result.rebuildSeconds().get(sizes.size() - 1)
                        / result.rebuildSeconds().get(0)));
        text.append("""

                The list is read as a page of 20 (the API's default); every seeded agreement has the same
                parties, fields and status, so each filter matches them all: the worst case for a page.
                The portfolio as of a date (issue 22's "asOf once it exists") does not exist yet; the row
                `?asOf` is one agreement's state as of a date.
                """);
        return text.toString();
    }

    private static String row(String name, List<Percentiles> at, boolean target) {
        double p50 = last(at).millis(50) / at.get(0).millis(50);
        double p99 = last(at).millis(99) / at.get(0).millis(99);
        boolean met = p50 <= COMMAND_TARGET && p99 <= COMMAND_TARGET;
        return String.format(
                Locale.ROOT,
                "| %s | %s ms | %s ms | %.2f×, %.2f× | %s | %s |%n",
                name,
                at.stream()
                        .map(p -> String.format(Locale.ROOT, "%.1f", p.millis(50)))
                        .collect(Collectors.joining(" / ")),
                at.stream()
                        .map(p -> String.format(Locale.ROOT, "%.1f", p.millis(99)))
                        .collect(Collectors.joining(" / ")),
                p50,
                p99,
                target ? "≤ " + COMMAND_TARGET + "×" : "—",
                target ? (met ? "yes" : "**no**") : "—");
    }

    private static double[] medians(List<Percentiles> at) {
        return at.stream().mapToDouble(p -> p.millis(50)).toArray();
    }

    private static Percentiles last(List<Percentiles> at) {
        return at.get(at.size() - 1);
    }
}
