package org.cooperation.benchmark;

import java.util.Locale;

/** The report's text on where the machine's CPU went: per command, per process, and its targets. */
final class CpuText {

    private CpuText() {}

    /**
     * Issue 22's targets for the cost of a command: against the request that does nothing, in
     * absolute terms at saturation, and at an eighth of (a)'s rate against saturation. "The system"
     * is every process but the benchmark's own clients.
     */
    static String costTargets(
            CommandLoad.Throughput throughput,
            Ceiling.Result ceiling,
            CpuUse.Split cpu,
            double quietRate,
            CpuUse.Split quiet) {
        if (quiet == null) {
            return "";
        }
        double overEmpty = cpu.command() / ceiling.cpu().command();
        // The same, less what each JVM's compilers spent: how far from its steady state each still was.
        double commandWork = cpu.command() - cpu.commandCompilers();
        double emptyWork = ceiling.cpu().command() - ceiling.cpu().commandCompilers();
        double quietOverBusy = quiet.system() / cpu.system();
        double overCeiling = throughput.commandsPerSecond() / ceiling.requestsPerSecond();
        return String.format(
                Locale.ROOT,
                """

                What a command costs (issue 22's targets; "the system" is every process but the benchmark's clients):

                | figure | measured | target | met |
                |---|---|---|---|
                | (a) over its ceiling | %.0f / %.0f per s = %.2f× | ≥ 0.25× | %s |
                | command-service CPU per command in (a), over the request that does nothing | %.2f / %.2f ms = %.1f× | ≤ 3× | %s |
                | the same, each figure without its JIT compiler threads (still compiling: %.2f and %.2f ms) | %.2f / %.2f ms = %.1f× | — | — |
                | the system's CPU per command in (a) | %.2f ms | ≤ 4 ms | %s |
                | the same for (a)'s commands at an eighth of its rate (%.0f /s, none read back), over that in (a) | %.2f / %.2f ms = %.2f× | ≤ 1.5× | %s |
                """,
                throughput.commandsPerSecond(),
                ceiling.requestsPerSecond(),
                overCeiling,
                Report.check(overCeiling >= 0.25),
                cpu.command(),
                ceiling.cpu().command(),
                overEmpty,
                Report.check(overEmpty <= 3),
                cpu.commandCompilers(),
                ceiling.cpu().commandCompilers(),
                commandWork,
                emptyWork,
                commandWork / emptyWork,
                cpu.system(),
                Report.check(cpu.system() <= 4),
                quietRate,
                quiet.system(),
                cpu.system(),
                quietOverBusy,
                Report.check(quietOverBusy <= 1.5));
    }

    /** One split of CPU per command: each process, the rest, their sum, and the clients apart. */
    static String split(CpuUse.Split cpu) {
        return String.format(
                Locale.ROOT,
                "%.2f / %.2f / %.2f / %.2f / %.2f = %.2f ms; %.2f ms; %.2f / %.2f ms",
                cpu.command(),
                cpu.query(),
                cpu.postgres(),
                cpu.broker(),
                cpu.rest(),
                cpu.system(),
                cpu.client(),
                cpu.commandCompilers(),
                cpu.queryCompilers());
    }

    static String perCommand(String figure, CpuUse.Split cpu) {
        return String.format(Locale.ROOT, """
                During %s the machine's cores were %.0f%% busy. CPU time per accepted command:
                command-service %.2f ms (its JIT compiler threads %.2f), query-service %.2f ms (its JIT compiler
                threads %.2f), PostgreSQL %.2f ms, the broker %.2f ms,
                everything else on the machine (the kernel's own threads, any other program) %.2f ms:
                %.2f ms for the system, and the benchmark's own HTTP clients %.2f ms apart.
                """, parts(figure, cpu));
    }

    /** What each process spent per second while {@code figure} ran, and how busy the machine was. */
    static String perSecond(String figure, CpuUse.Split cpu) {
        return String.format(Locale.ROOT, """
                While %s ran, its warm-up included, the machine's cores were %.0f%% busy.
                CPU time per second: command-service %.1f ms (its JIT compiler threads %.1f), query-service %.1f ms
                (its JIT compiler threads %.1f), PostgreSQL %.1f ms, the broker %.1f ms, everything else %.1f ms:
                %.1f ms for the system, and the benchmark's own process %.1f ms apart.
                """, parts(figure, cpu));
    }

    /** The values {@link #perCommand} and {@link #perSecond} write, in their order. */
    private static Object[] parts(String figure, CpuUse.Split cpu) {
        return new Object[] {
            figure,
            cpu.machineBusyShare() * 100,
            cpu.command(),
            cpu.commandCompilers(),
            cpu.query(),
            cpu.queryCompilers(),
            cpu.postgres(),
            cpu.broker(),
            cpu.rest(),
            cpu.system(),
            cpu.client()
        };
    }

    /** What each part spends while nothing is asked: the floor under the CPU per command at low rates. */
    static String idle(CpuUse.Split idle, int idleSeconds) {
        if (idle == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                """
                While nothing was asked (%d s after (b)'s lower rates), CPU time per second: command-service
                %.1f ms, query-service %.1f ms, PostgreSQL %.1f ms, the broker %.1f ms, everything else %.1f ms.
                """,
                idleSeconds,
                idle.command(),
                idle.query(),
                idle.postgres(),
                idle.broker(),
                idle.rest());
    }
}
