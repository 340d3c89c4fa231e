package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Values;

/**
 * A programme's figures for one calendar year: "every year, 30–40 ... participants are selected among
 * 800 applicants". Either count may be unknown (absent); {@code note} says what the figures cover.
 */
public record RecordProgrammeYear(
        AgreementId agreementId,
        ProgrammeId programmeId,
        int year,
        Integer participants,
        Integer applicants,
        String note)
        implements AgreementCommand {

    public RecordProgrammeYear {
        Values.required(agreementId, "agreementId");
        Values.required(programmeId, "programmeId");
        Values.atLeast(year, 1, "year");
        Values.atMost(year, 9999, "year");
        if (participants != null) {
            Values.atLeast(participants, 0, "participants");
        }
        if (applicants != null) {
            Values.atLeast(applicants, 0, "applicants");
        }
        Values.optionalText(note, "note", Limits.TEXT);
    }
}
