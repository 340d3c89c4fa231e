package org.cooperation.faultsuite;

import java.time.Duration;

/**
 * One scenario's figures. Recovery is the time from the fault to the next acknowledged command
 * (null when the fault does not stop commands); quiet is the time from the end of the load until
 * the topic and the read models held every stored event.
 */
record ScenarioResult(
        int number,
        String name,
        Findings findings,
        Duration recovery,
        Duration quiet,
        String note,
        boolean extraChecksPassed) {

    boolean passed() {
        return findings.nothingLost() && extraChecksPassed;
    }
}
