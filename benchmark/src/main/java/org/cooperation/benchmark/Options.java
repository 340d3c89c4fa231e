package org.cooperation.benchmark;

import java.nio.file.Path;

/**
 * The sizes of one benchmark run. {@code --quick} is the smoke size CI runs; {@code --rebuild-events}
 * and {@code --seconds} shrink a run on a busy machine (the report states the sizes used). The
 * warm-up is long because on two cores the JIT compilers of four JVMs still took a fifth of the
 * command service's CPU 45 s into the load ({@code --warm-up N} changes it); {@code --profile}
 * records both services with Java Flight Recorder into the data folder, to see where time goes.
 */
record Options(boolean quick, int clients, int warmUpSeconds, int seconds, int historyEvents, int rebuildEvents, Path output, boolean profile) {

    static Options parse(String[] args) {
        boolean quick = false;
        Path output = null;
        Integer seconds = null;
        Integer rebuildEvents = null;
        Integer warmUpSeconds = null;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--output" -> output = Path.of(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpSeconds = Integer.parseInt(args[++i]);
                case "--rebuild-events" -> rebuildEvents = Integer.parseInt(args[++i]);
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick, --output DIR, --seconds N, --warm-up N, --rebuild-events N, --profile");
            }
        }
        // A smoke run must not overwrite the published figures.
        Options sizes = quick
                ? new Options(true, 16, 2, 3, 500, 5_000, output == null ? Path.of("target", "benchmark-quick") : output, false)
                : new Options(false, 16, 60, 30, 10_000, 1_000_000, output == null ? Path.of("docs") : output, false);
        return new Options(sizes.quick(), sizes.clients(), warmUpSeconds == null ? sizes.warmUpSeconds() : warmUpSeconds,
                seconds == null ? sizes.seconds() : seconds, sizes.historyEvents(),
                rebuildEvents == null ? sizes.rebuildEvents() : rebuildEvents, sizes.output(), profile);
    }
}
