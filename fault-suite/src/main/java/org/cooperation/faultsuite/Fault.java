package org.cooperation.faultsuite;

/** Something that goes wrong while the load runs; returns what the scenario should report or check. */
@FunctionalInterface
interface Fault {

    Outcome inject(SuiteContext context) throws Exception;

    /** A note for the report, and whether the fault's own checks (beyond the common ones) held. */
    record Outcome(String note, boolean passed) {

        static Outcome none() {
            return new Outcome("", true);
        }
    }
}
