package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;

/**
 * The agreement launched a programme. {@code launchedOn} is as precise as the source: {@code 1987},
 * {@code 2018-10} or {@code 2018-10-29}.
 */
@EventVersion(1)
public record ProgrammeLaunched(
        AgreementId agreementId, ProgrammeId programmeId, String name, String description, BusinessDate launchedOn)
        implements AgreementEvent {

    /** The last day it may stand for: "as of" a day counts the programme only once it had surely been launched. */
    @Override
    public LocalDate businessDate() {
        return launchedOn.latest();
    }
}
