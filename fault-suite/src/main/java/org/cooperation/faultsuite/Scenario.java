package org.cooperation.faultsuite;

/** One fault and the checks that prove nothing was lost to it. */
interface Scenario {

    int number();

    String name();

    ScenarioResult run(SuiteContext context) throws Exception;
}
