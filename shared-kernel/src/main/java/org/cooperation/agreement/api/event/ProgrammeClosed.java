package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;

/** The programme closed; {@code closedOn} is as precise as the source. */
@EventVersion(1)
public record ProgrammeClosed(AgreementId agreementId, ProgrammeId programmeId, BusinessDate closedOn)
        implements AgreementEvent {

    /** The last day it may stand for: "as of" a day shows the programme closed only once it surely was. */
    @Override
    public LocalDate businessDate() {
        return closedOn.latest();
    }
}
