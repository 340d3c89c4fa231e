package org.cooperation.commandservice.agreement;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.ProgrammeStart;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;

/** The programmes an agreement runs, as far as its rules need them: dates, name and the years with figures. */
final class Programmes {

    /**
     * One programme: closed when {@code closedOn} is set; {@code yearsRecorded} the years with figures.
     * {@code launchedOn} is null when the source does not state the launch; {@code runningBy} is then set.
     */
    record Run(
            String name,
            BusinessDate launchedOn,
            BusinessDate runningBy,
            BusinessDate closedOn,
            NavigableSet<Integer> yearsRecorded)
            implements ProgrammeStart {

        private Run with(BusinessDate closed, NavigableSet<Integer> years) {
            return new Run(name, launchedOn, runningBy, closed, Collections.unmodifiableNavigableSet(years));
        }
    }

    private final Map<ProgrammeId, Run> runs = new HashMap<>();

    Optional<Run> find(ProgrammeId id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** An open programme of that name, compared as names of participants and fields are. */
    Optional<ProgrammeId> openNamed(String key) {
        return runs.entrySet().stream()
                .filter(run -> run.getValue().closedOn == null
                        && Agreement.key(run.getValue().name).equals(key))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    void on(ProgrammeLaunched launched) {
        runs.put(
                launched.programmeId(),
                new Run(
                        launched.name(),
                        launched.launchedOn(),
                        launched.runningBy(),
                        null,
                        Collections.emptyNavigableSet()));
    }

    void on(ProgrammeYearRecorded year) {
        runs.computeIfPresent(year.programmeId(), (id, run) -> {
            NavigableSet<Integer> years = new TreeSet<>(run.yearsRecorded());
            years.add(year.year());
            return run.with(run.closedOn(), years);
        });
    }

    /** A programme fact retracted (rule 17): the launch, a year's figures or the closing no longer count. */
    void retract(org.cooperation.agreement.api.event.AgreementEvent fact) {
        if (fact instanceof ProgrammeLaunched launched) {
            runs.remove(launched.programmeId());
        } else if (fact instanceof ProgrammeYearRecorded year) {
            runs.computeIfPresent(year.programmeId(), (id, run) -> {
                NavigableSet<Integer> years = new TreeSet<>(run.yearsRecorded());
                years.remove(year.year());
                return run.with(run.closedOn(), years);
            });
        } else if (fact instanceof ProgrammeClosed closed) {
            runs.computeIfPresent(closed.programmeId(), (id, run) -> run.with(null, run.yearsRecorded()));
        }
    }

    void on(ProgrammeClosed closed) {
        runs.computeIfPresent(closed.programmeId(), (id, run) -> run.with(closed.closedOn(), run.yearsRecorded()));
    }
}
