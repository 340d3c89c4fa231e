package org.cooperation.faultsuite;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;

/**
 * The shape of most scenarios: start the load, inject the fault once a third of the commands
 * have been answered, let the load finish (un-acknowledged commands are retried with their
 * keys), wait for the system to go quiet, then check.
 */
record FaultUnderLoad(int number, String name, Fault fault) implements Scenario {

    static final Duration QUIET_PATIENCE = Duration.ofSeconds(180);

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        Ledger ledger = new Ledger();
        String prefix = context.prefix(number);
        Workload workload = context.workload(ledger, prefix);
        Future<?> load = workload.start();
        while (workload.answered() < workload.total() / 3 && !load.isDone()) {
            Workload.sleep(20);
        }
        Instant faultAt = Instant.now();
        Fault.Outcome outcome = fault.inject(context);
        load.get();
        Instant loadEnded = Instant.now();
        Findings findings = context.checks().awaitQuiet(prefix, ledger, QUIET_PATIENCE);
        Instant nextAck = ledger.firstAcknowledgedAfter(faultAt);
        return new ScenarioResult(
                number,
                name,
                findings,
                nextAck == null ? null : Duration.between(faultAt, nextAck),
                Duration.between(loadEnded, Instant.now()),
                outcome.note(),
                outcome.passed());
    }
}
