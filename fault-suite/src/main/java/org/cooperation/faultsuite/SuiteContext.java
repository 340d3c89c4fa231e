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

    String prefix(int scenario) {
        return "s" + scenario + "-" + runId;
    }
}
