package org.cooperation.faultsuite;

import org.cooperation.localrun.LocalSystem;

/** What every scenario works with: the running system, the clients, the checks and the load's size. */
record SuiteContext(
        LocalSystem system,
        String bootstrapServers,
        String runId,
        CommandClient commands,
        QueryClient query,
        Checks checks,
        int agreements,
        int contactsEach) {

    Workload workload(Ledger ledger, String prefix) {
        return new Workload(commands, ledger, prefix, agreements, contactsEach, 4);
    }

    /** The same context with commands sent through another client. */
    SuiteContext withCommands(CommandClient other) {
        return new SuiteContext(system, bootstrapServers, runId, other, query, checks, agreements, contactsEach);
    }

    String prefix(int scenario) {
        return "s" + scenario + "-" + runId;
    }
}
