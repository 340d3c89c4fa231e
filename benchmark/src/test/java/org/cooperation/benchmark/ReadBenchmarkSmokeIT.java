package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadBenchmark} at its smoke size, so that it keeps working as the system changes. It asserts
 * that every read was measured, not how fast: speed is judged by the full run, never by a test.
 */
class ReadBenchmarkSmokeIT {

    @Test
    void measuresEveryReadAndWritesTheReport() throws Exception {
        Path output = Path.of("target", "benchmark-reads-smoke.md").toAbsolutePath();

        ReadBenchmark.main(new String[] {output.toString(), "--quick"});

        String report = Files.readString(output);
        assertThat(report)
                .containsPattern("\\| the current state of one agreement, 4 clients \\| [1-9][0-9]* \\|")
                .containsPattern(
                        "\\| a page of 1,000 history events, 1 client \\(whole histories of 2 pages\\) \\| [1-9]")
                .containsPattern(
                        "\\| first, after only 20 reads of warm-up[^|]*\\| [0-9.]+ ms \\| [0-9.]+ ms \\| [0-9.]+× \\|")
                .containsPattern("\\| round 1, after the warm-up \\| [0-9.]+ ms \\| [0-9.]+ ms \\| [0-9.]+× \\|")
                .doesNotContain("NaN");
    }
}
