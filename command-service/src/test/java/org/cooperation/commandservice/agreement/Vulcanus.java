package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.JointStatement.ID;

import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.CloseProgramme;
import org.cooperation.agreement.api.command.LaunchProgramme;
import org.cooperation.agreement.api.command.RecordProgrammeYear;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;

/**
 * A programme in the manner of the EU–Japan Centre's Vulcanus internships, run here under the 2016
 * Joint Statement (in force 2016-04-28 to 2021-04-27), whose dates give every edge a day.
 */
final class Vulcanus {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("vulcanus");
    static final String NAME = "Vulcanus in Japan";
    static final String DESCRIPTION = "Industrial internships in Japan for EU engineering and science students";

    private Vulcanus() {}

    static LaunchProgramme launch(String launchedOn) {
        return launch(PROGRAMME, NAME, launchedOn);
    }

    static LaunchProgramme launch(ProgrammeId programme, String name, String launchedOn) {
        return new LaunchProgramme(ID, programme, name, DESCRIPTION, BusinessDate.parse(launchedOn));
    }

    /** A programme the source shows running by {@code runningBy}, without stating its launch. */
    static LaunchProgramme runningBy(String runningBy) {
        return new LaunchProgramme(ID, PROGRAMME, NAME, DESCRIPTION, null, BusinessDate.parse(runningBy));
    }

    static ProgrammeLaunched launched(String launchedOn) {
        return launched(launch(launchedOn));
    }

    static ProgrammeLaunched launched(LaunchProgramme launch) {
        return new ProgrammeLaunched(
                ID, launch.programmeId(), launch.name(), launch.description(), launch.launchedOn(), launch.runningBy());
    }

    static RecordProgrammeYear year(int year, Integer participants, Integer applicants) {
        return new RecordProgrammeYear(ID, PROGRAMME, year, participants, applicants, "EU participants in Japan");
    }

    static RecordProgrammeYear year(int year) {
        return year(year, 35, 800);
    }

    static ProgrammeYearRecorded yearRecorded(RecordProgrammeYear year) {
        return new ProgrammeYearRecorded(
                ID, year.programmeId(), year.year(), year.participants(), year.applicants(), year.note());
    }

    static ProgrammeYearRecorded yearRecorded(int year) {
        return yearRecorded(year(year));
    }

    static CloseProgramme close(String closedOn) {
        return new CloseProgramme(ID, PROGRAMME, BusinessDate.parse(closedOn));
    }

    static ProgrammeClosed closed(String closedOn) {
        return new ProgrammeClosed(ID, PROGRAMME, BusinessDate.parse(closedOn));
    }
}
