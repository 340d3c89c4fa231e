package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Values;

/** The programme closes on {@code closedOn}, which may be known only to the month or the year. */
public record CloseProgramme(AgreementId agreementId, ProgrammeId programmeId, BusinessDate closedOn)
        implements AgreementCommand {

    public CloseProgramme {
        Values.required(agreementId, "agreementId");
        Values.required(programmeId, "programmeId");
        Values.required(closedOn, "closedOn");
    }
}
