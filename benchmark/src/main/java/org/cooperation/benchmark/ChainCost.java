package org.cooperation.benchmark;

import java.time.Duration;
import org.cooperation.localrun.LocalSystem;
import org.cooperation.localrun.ServiceProcess;

/**
 * What the hash chain costs a command: figure (a) measured twice more in the same run, on a
 * command-service restarted with the chain off ({@code CHAIN_ENABLED=false}, a setting for this
 * measurement only) and then on again, each after the same warm-up, so that both JVMs are equally
 * compiled. The service is left running with the chain on, as the other figures need it.
 */
record ChainCost(Run off, Run on) {

    /** One measurement: throughput, CPU per command, and the machine's speed just before it. */
    record Run(CommandLoad.Throughput throughput, CpuUse.Split cpu, double speedBefore) {}

    static ChainCost measure(LocalSystem system, Api api, Options options) throws Exception {
        ServiceProcess chained = system.commandService();
        ServiceProcess unchained = chained.withEnvironment("CHAIN_ENABLED", "false");
        swap(chained, unchained);
        Run off = run(unchained, system, api, options, "chain-off");
        swap(unchained, chained);
        Run on = run(chained, system, api, options, "chain-on");
        return new ChainCost(off, on);
    }

    /**
     * Each restarted service's warm-up: as the run's, but no more than a minute. Both halves of the
     * pair are compiled alike, which is all the comparison needs; minutes more of each would double
     * the benchmark's time.
     */
    static int warmUpSeconds(Options options) {
        return Math.min(options.warmUpSeconds(), 60);
    }

    /** command-service's CPU per command with the chain, over that without it: at most 1.05 is the target. */
    double cpuRatio() {
        return on.cpu().command() / off.cpu().command();
    }

    private static void swap(ServiceProcess running, ServiceProcess next) throws Exception {
        running.stop();
        next.start();
        next.awaitHealthy(Duration.ofMinutes(3));
    }

    private static Run run(ServiceProcess commandService, LocalSystem system, Api api, Options options, String phase)
            throws Exception {
        CommandLoad.closedLoopReadingBack(api, phase + "-warm-up", options.clients(), warmUpSeconds(options));
        double speed = CpuSpeed.millisForFixedWork();
        CpuUse.Processes processes = CpuUse.Processes.of(system).withCommand(commandService.pid());
        CpuUse.Snapshot before = CpuUse.Snapshot.take(processes);
        CommandLoad.Throughput throughput = CommandLoad.closedLoop(api, phase, options.clients(), options.seconds());
        return new Run(
                throughput,
                CpuUse.Split.perCommand(before, CpuUse.Snapshot.take(processes), throughput.commands()),
                speed);
    }
}
