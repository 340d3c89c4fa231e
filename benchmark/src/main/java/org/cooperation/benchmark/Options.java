package org.cooperation.benchmark;

import java.nio.file.Path;

/** The sizes of one benchmark run; {@code --quick} is the smoke size CI runs. */
record Options(boolean quick, int clients, int warmUpSeconds, int seconds, int historyEvents, int rebuildEvents, Path output) {

    static Options parse(String[] args) {
        boolean quick = false;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--output" -> output = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick and --output DIR");
            }
        }
        // A smoke run must not overwrite the published figures.
        return quick
                ? new Options(true, 16, 2, 3, 500, 5_000, output == null ? Path.of("target", "benchmark-quick") : output)
                : new Options(false, 16, 15, 30, 10_000, 1_000_000, output == null ? Path.of("docs") : output);
    }
}
