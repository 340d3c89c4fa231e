package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final CpuUse.PerCommand CPU = new CpuUse.PerCommand(1.0, 0.5, 0.5, 0.2, 0.8);

    @Test
    void statesThatThePgbenchBaselineWasNotMeasuredWhenPgbenchIsMissing() {
        Report report = measured(Double.NaN);

        assertThat(report.summary())
                .contains("| pgbench not installed: not measured | — | ≥ 0.25× | — |")
                .doesNotContain("NaN");
    }

    @Test
    void givesTheRatioToPgbenchWhenItWasMeasured() {
        Report report = measured(400);

        assertThat(report.summary()).contains("| pgbench insert+commit 400 tps | 0.25× | ≥ 0.25× | yes |");
    }

    private static Report measured(double pgbenchTps) {
        Report report = new Report(Options.parse(new String[] {"--quick"}));
        report.pgbenchTps = pgbenchTps;
        report.throughput = new CommandLoad.Throughput(300, 0, 2.5, 0.5);
        report.cpu = CPU;
        report.ceiling = new Ceiling.Result(3000, 0, 3, CPU);
        report.latencyRate = 50;
        report.latencyCpu = CPU;
        report.latency = new CommandLoad.Latency(Percentiles.of(new long[] {4_000, 6_000, 9_000}), 0, 0, 50, null);
        report.history = new HistoryQuery.Result(500, 30, 10);
        report.rebuild = new Rebuild.Result(5_000, 10_000, 0.25, 40_000);
        return report;
    }
}
