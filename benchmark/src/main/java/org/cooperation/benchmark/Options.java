package org.cooperation.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of one benchmark run. {@code --quick} is the smoke size CI runs; {@code --rebuild-events}
 * and {@code --seconds} shrink a run on a busy machine (the report states the sizes used). The
 * warm-up is four minutes because on two cores the JIT compilers were still at work long after one:
 * 90 s after its start, query-service's C2 thread took 43 % of its CPU samples in (a), and only
 * after about five minutes did both services compile next to nothing ({@code --warm-up N} changes
 * it); {@code --profile}
 * samples both services' CPU with async-profiler during (a) and at an eighth of its rate
 * (docs/benchmark-profile.md), to see where time goes.
 * The scale section seeds {@code --scale-sizes} agreements in turn (1,000, 10,000 and 100,000) and
 * sends each request {@code --scale-samples} times at each; {@code --scale-only} runs it alone.
 */
record Options(
        boolean quick,
        int clients,
        int warmUpSeconds,
        int seconds,
        int historyEvents,
        int rebuildEvents,
        Path output,
        boolean profile,
        List<Integer> scaleSizes,
        int scaleSamples,
        boolean scaleOnly) {

    static Options parse(String[] args) {
        boolean quick = false;
        Path output = null;
        Integer seconds = null;
        Integer rebuildEvents = null;
        Integer warmUpSeconds = null;
        boolean profile = false;
        List<Integer> scaleSizes = null;
        Integer scaleSamples = null;
        boolean scaleOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--output" -> output = Path.of(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpSeconds = Integer.parseInt(args[++i]);
                case "--rebuild-events" -> rebuildEvents = Integer.parseInt(args[++i]);
                case "--profile" -> profile = true;
                case "--scale-sizes" ->
                    scaleSizes = Arrays.stream(args[++i].split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .sorted()
                            .toList();
                case "--scale-samples" -> scaleSamples = Integer.parseInt(args[++i]);
                case "--scale-only" -> scaleOnly = true;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --quick, --output DIR, --seconds N, --warm-up N, --rebuild-events N, --profile,"
                            + " --scale-sizes N,N,..., --scale-samples N, --scale-only");
            }
        }
        // A smoke run must not overwrite the published figures.
        Options sizes = quick
                ? new Options(
                        true,
                        16,
                        2,
                        3,
                        500,
                        5_000,
                        output == null ? Path.of("target", "benchmark-quick") : output,
                        false,
                        List.of(20, 60),
                        3,
                        false)
                : new Options(
                        false,
                        16,
                        240,
                        30,
                        10_000,
                        1_000_000,
                        output == null ? Path.of("docs") : output,
                        false,
                        List.of(1_000, 10_000, 100_000),
                        100,
                        false);
        if (scaleSizes != null && (scaleSizes.isEmpty() || scaleSizes.get(0) < 2)) {
            throw new IllegalArgumentException("--scale-sizes needs sizes of at least 2");
        }
        return new Options(
                sizes.quick(),
                sizes.clients(),
                warmUpSeconds == null ? sizes.warmUpSeconds() : warmUpSeconds,
                seconds == null ? sizes.seconds() : seconds,
                sizes.historyEvents(),
                rebuildEvents == null ? sizes.rebuildEvents() : rebuildEvents,
                sizes.output(),
                profile,
                scaleSizes == null ? sizes.scaleSizes() : scaleSizes,
                scaleSamples == null ? sizes.scaleSamples() : scaleSamples,
                scaleOnly);
    }
}
