package org.cooperation.benchmark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cooperation.localrun.LocalSystem;

/** The bearer token the benchmark's clients send: a secretariat tool, which may also read and operate. */
final class Tokens {

    private Tokens() {}

    static String benchmark(LocalSystem system) {
        return system.identity()
                .token(
                        "benchmark",
                        "benchmark",
                        List.of("SECRETARIAT"),
                        null,
                        Instant.now().plus(4, ChronoUnit.HOURS));
    }
}
