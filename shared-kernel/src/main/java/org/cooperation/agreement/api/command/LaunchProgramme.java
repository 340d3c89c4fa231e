package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Values;

/**
 * The agreement launches a programme (the EU–Japan Centre's Vulcanus internships) on {@code
 * launchedOn}, which may be known only to the month or the year.
 */
public record LaunchProgramme(
        AgreementId agreementId, ProgrammeId programmeId, String name, String description, BusinessDate launchedOn)
        implements AgreementCommand {

    public LaunchProgramme {
        Values.required(agreementId, "agreementId");
        Values.required(programmeId, "programmeId");
        Values.requiredText(name, "name", Limits.NAME);
        Values.optionalText(description, "description", Limits.TEXT);
        Values.required(launchedOn, "launchedOn");
    }
}
