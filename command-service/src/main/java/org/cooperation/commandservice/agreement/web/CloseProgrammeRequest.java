package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.CloseProgramme;

/**
 * The body of {@code POST /api/agreements/{id}/programmes/{programmeId}/closing}; {@code closedOn} as
 * precise as the source.
 */
public record CloseProgrammeRequest(
        @NotNull @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String closedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason) {

    CloseProgramme toCommand(AgreementId agreementId, ProgrammeId programmeId) {
        return new CloseProgramme(agreementId, programmeId, BusinessDate.parse(closedOn, "closedOn"));
    }
}
