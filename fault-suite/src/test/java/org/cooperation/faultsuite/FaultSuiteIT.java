package org.cooperation.faultsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The short version of {@code ./run-fault-suite}, so that a regression in delivery, idempotence
 * or the projections fails the build: the quick scenarios with a small load.
 */
class FaultSuiteIT {

    @Test
    void losesAndDoublesNothingUnderTheQuickFaults() throws Exception {
        // Under target/, not /tmp: as root, PostgreSQL runs as an unprivileged user who cannot enter 0700 temp folders.
        Path data = Path.of("target", "fault-suite-it-" + System.currentTimeMillis())
                .toAbsolutePath();
        List<ScenarioResult> results = FaultSuite.run(Map.of("LOCAL_DATA_DIR", data.toString()), true, Set.of());

        assertThat(results).extracting(ScenarioResult::number).containsExactlyInAnyOrderElementsOf(FaultSuite.QUICK);
        assertThat(results).as(Report.markdown(results, "FaultSuiteIT")).allMatch(ScenarioResult::passed);
        assertThat(results).allMatch(r -> r.findings().acknowledged() > 0);
    }
}
