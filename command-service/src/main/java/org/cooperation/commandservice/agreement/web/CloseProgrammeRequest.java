package org.cooperation.commandservice.agreement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.CloseProgramme;

/**
 * The body of {@code POST /api/agreements/{id}/programmes/{programmeId}/closing}; {@code closedOn} as
 * precise as the source.
 */
public record CloseProgrammeRequest(
        @NotNull @Pattern(regexp = BusinessDate.PATTERN) String closedOn) {

    CloseProgramme toCommand(AgreementId agreementId, ProgrammeId programmeId) {
        return new CloseProgramme(agreementId, programmeId, BusinessDate.parse(closedOn, "closedOn"));
    }
}
