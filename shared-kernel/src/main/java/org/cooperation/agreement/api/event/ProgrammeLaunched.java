package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.ProgrammeStart;

/**
 * The agreement launched a programme. {@code launchedOn} is as precise as the source: {@code 1987},
 * {@code 2018-10} or {@code 2018-10-29}.
 *
 * <p>Version 2: a source may show a programme running without saying when it was launched (the
 * EU–Japan Centre's article of 2019). Then {@code launchedOn} is absent and {@code runningBy} is the
 * date by which the source shows it running; exactly one of the two is present. Every version 1
 * launch stated {@code launchedOn}, which means the same in version 2.
 */
@EventVersion(2)
public record ProgrammeLaunched(
        AgreementId agreementId,
        ProgrammeId programmeId,
        String name,
        String description,
        BusinessDate launchedOn,
        BusinessDate runningBy)
        implements AgreementEvent, ProgrammeStart {

    /** A programme whose launch the source states. */
    public ProgrammeLaunched(
            AgreementId agreementId,
            ProgrammeId programmeId,
            String name,
            String description,
            BusinessDate launchedOn) {
        this(agreementId, programmeId, name, description, launchedOn, null);
    }

    /**
     * The last day the date it has may stand for: "as of" a day counts the programme only once it had
     * surely been launched, which it had by the last day of {@code launchedOn}, and had as surely by
     * the last day of {@code runningBy}, when the source shows it running.
     */
    @Override
    public LocalDate businessDate() {
        return knownBy().latest();
    }
}
