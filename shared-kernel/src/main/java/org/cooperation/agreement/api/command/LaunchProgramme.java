package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.ProgrammeStart;
import org.cooperation.agreement.api.Values;

/**
 * The agreement launches a programme (the EU–Japan Centre's Vulcanus internships) on {@code
 * launchedOn}, which may be known only to the month or the year. A source that shows the programme
 * running without saying when it began gives {@code runningBy} instead: the record states no launch
 * it does not have. Exactly one of the two.
 */
public record LaunchProgramme(
        AgreementId agreementId,
        ProgrammeId programmeId,
        String name,
        String description,
        BusinessDate launchedOn,
        BusinessDate runningBy)
        implements AgreementCommand, ProgrammeStart {

    public LaunchProgramme {
        Values.required(agreementId, "agreementId");
        Values.required(programmeId, "programmeId");
        Values.requiredText(name, "name", Limits.NAME);
        Values.optionalText(description, "description", Limits.TEXT);
        if (launchedOn == null && runningBy == null) {
            throw new InvalidValueException(
                    "launchedOn",
                    "launched-or-running-by",
                    "is required unless runningBy gives the date by which the source shows the programme running");
        }
        if (launchedOn != null && runningBy != null) {
            throw new InvalidValueException(
                    "runningBy",
                    "launched-or-running-by",
                    "is given only when the launch is not: with launchedOn known, leave runningBy out");
        }
    }

    /** A programme whose launch the source states. */
    public LaunchProgramme(
            AgreementId agreementId,
            ProgrammeId programmeId,
            String name,
            String description,
            BusinessDate launchedOn) {
        this(agreementId, programmeId, name, description, launchedOn, null);
    }
}
