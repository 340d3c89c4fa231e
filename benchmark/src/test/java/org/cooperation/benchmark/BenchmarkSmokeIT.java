package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke size, so that it keeps working as the system changes. It asserts that
 * every figure was measured, not how fast: speed is judged by the full run, never by a test.
 */
class BenchmarkSmokeIT {

    @Test
    void measuresEveryFigureAndWritesTheReport() throws Exception {
        Path output = Path.of("target", "benchmark-smoke").toAbsolutePath();

        Benchmark.main(new String[] {"--quick", "--output", output.toString()});

        String report = Files.readString(output.resolve("benchmarks.md"));
        assertThat(report)
                .contains(
                        "(a) commands/s",
                        "(b) accepted → visible",
                        "(c) rebuild from",
                        "(d) history of",
                        "a fact entered late into (d)'s history",
                        "(e) RSS")
                .doesNotContain("NaN");
        assertThat(report)
                .containsPattern("\\| \\(a\\) commands/s[^|]*\\| [1-9][0-9]* /s \\([1-9][0-9]* accepted, 0 failed");
        assertThat(output.resolve("benchmark-latency.png")).isNotEmptyFile();
        // A machine with only a JDK has no pgbench: the smoke run says so instead of failing (CI requires it).
        if (Pgbench.find().isPresent() || Boolean.getBoolean(Benchmark.PGBENCH_REQUIRED)) {
            assertThat(report).containsPattern("\\| pgbench insert\\+commit [1-9][0-9]* tps \\| [0-9.]+× \\|");
        } else {
            assertThat(report).contains("| pgbench not installed: not measured | — |");
        }

        // The scale section at its smoke sizes: every command kind and read measured at each.
        String scale = Files.readString(output.resolve("benchmark-scale.md"));
        assertThat(scale)
                .contains(
                        "| SignAgreement |",
                        "| ExtendTerm |",
                        "| TerminateWithNotice |",
                        "| WithdrawTerminationNotice |",
                        "| LinkRelatedAgreement |",
                        "`list ?status=IN_FORCE`",
                        "`list ?sort=nextMeetingDue,desc`",
                        "`history of one agreement`",
                        "| rebuild of the read models |")
                .doesNotContain("NaN");
        assertThat(output.resolve("benchmark-scale.png")).isNotEmptyFile();
    }
}
