package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.RecordProgrammeYear;

/**
 * The body of {@code POST /api/agreements/{id}/programmes/{programmeId}/years}: one calendar year's
 * figures; a count the source does not give is left out.
 */
public record RecordProgrammeYearRequest(
        @NotNull @Min(1) @Max(9999) Integer year,
        @Min(0) Integer participants,
        @Min(0) Integer applicants,
        @Size(max = Limits.TEXT) String note,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason) {

    RecordProgrammeYear toCommand(AgreementId agreementId, ProgrammeId programmeId) {
        return new RecordProgrammeYear(agreementId, programmeId, year, participants, applicants, note);
    }
}
