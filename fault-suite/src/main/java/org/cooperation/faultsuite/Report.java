package org.cooperation.faultsuite;

import java.time.Duration;
import java.util.List;

/** The results as a Markdown table, the form docs/reliability.md keeps them in. */
final class Report {

    private Report() {}

    static String markdown(List<ScenarioResult> results, String command) {
        StringBuilder out = new StringBuilder();
        out.append("Produced by `").append(command).append("`\n\n");
        out.append(
                "| # | scenario | verdict | acked | rejected | unanswered | lost | double-applied | refused but applied | events stored "
                        + "| missing on topic | duplicates on topic | out of order | read model behind | state ≠ fold "
                        + "| recovery | quiet after | note |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            Findings f = r.findings();
            out.append("| ")
                    .append(r.number())
                    .append(" | ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.passed() ? "pass" : "**FAIL**")
                    .append(" | ")
                    .append(f.acknowledged())
                    .append(" | ")
                    .append(f.rejected())
                    .append(" | ")
                    .append(f.unanswered())
                    .append(" | ")
                    .append(f.lost())
                    .append(" | ")
                    .append(f.doubleApplied())
                    .append(" | ")
                    .append(f.rejectedButApplied())
                    .append(" | ")
                    .append(f.storedEvents())
                    .append(" | ")
                    .append(f.missingOnTopic())
                    .append(" | ")
                    .append(f.duplicatesOnTopic())
                    .append(" | ")
                    .append(f.outOfOrderOnTopic())
                    .append(" | ")
                    .append(f.readModelBehind())
                    .append(" | ")
                    .append(f.stateDiffersFromFold())
                    .append(" | ")
                    .append(seconds(r.recovery()))
                    .append(" | ")
                    .append(seconds(r.quiet()))
                    .append(" | ")
                    .append(r.note())
                    .append(" |\n");
        }
        for (ScenarioResult r : results) {
            if (!r.findings().examples().isEmpty()) {
                out.append("\nScenario ").append(r.number()).append(":\n");
                r.findings().examples().forEach(e -> out.append("- ").append(e).append('\n'));
            }
        }
        return out.toString();
    }

    static String seconds(Duration duration) {
        return duration == null ? "–" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
