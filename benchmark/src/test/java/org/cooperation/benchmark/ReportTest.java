package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    /** command 1.0, query 0.5, PostgreSQL 0.6, broker 0.3, clients 0.2, rest 0.4: the system 2.8 ms. */
    private static final CpuUse.Split CPU = new CpuUse.Split(1.0, 0.1, 0.5, 0.05, 0.6, 0.3, 0.2, 0.4, 0.8);

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

    @Test
    void checksTheCostOfACommandAgainstTheEmptyRequestAndAgainstSaturation() {
        Report report = measured(400);
        report.ceiling = new Ceiling.Result(3000, 0, 3, new CpuUse.Split(0.4, 0, 0, 0, 0, 0, 0.1, 0.02, 0.9));
        CpuUse.Split quiet = new CpuUse.Split(2.0, 0.2, 1.0, 0.1, 1.2, 0.6, 1.0, 0.8, 0.4);
        report.quietRate = 37.5;
        report.quietCpu = quiet;

        assertThat(report.costTargets())
                .contains("| (a) over its ceiling | 100 / 1000 per s = 0.10× | ≥ 0.25× | **no** |")
                .contains("over the request that does nothing | 1.00 / 0.40 ms = 2.5× | ≤ 3× | yes |")
                .contains("without its JIT compiler threads (still compiling: 0.10 and 0.00 ms) | 0.90 / 0.40 ms = 2.")
                .contains("| the system's CPU per command in (a) | 2.80 ms | ≤ 4 ms | yes |")
                .contains("(38 /s, none read back), over that in (a) | 5.60 / 2.80 ms = 2.00× | ≤ 1.5× | **no** |");
        assertThat(report.summary()).contains("1.00 / 0.50 / 0.60 / 0.30 / 0.40 = 2.80 ms; 0.20 ms");
    }

    @Test
    void saysWhatElseRanWhileTheHistoryWasTimed() {
        Report report = measured(400);

        assertThat(report.summary())
                .contains(
                        "While (d)'s reading of the history ran, its warm-up included, the machine's cores were 90% busy.\n"
                                + "CPU time per second: command-service 300.0 ms (its JIT compiler threads 250.0), query-service 400.0 ms\n"
                                + "(its JIT compiler threads 0.0), PostgreSQL 350.0 ms, the broker 5.0 ms, everything else 20.0 ms:\n"
                                + "1075.0 ms for the system, and the benchmark's own process 450.0 ms apart.");
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
        report.history = new HistoryQuery.Result(500, 30, 10, new CpuUse.Split(300, 250, 400, 0, 350, 5, 450, 20, 0.9));
        report.lateFact = new LateFact(500, 40, 400);
        report.rebuild = new Rebuild.Result(5_000, 10_000, 0.25, 40_000);
        return report;
    }
}
