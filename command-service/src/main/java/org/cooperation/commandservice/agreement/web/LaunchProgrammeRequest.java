package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.LaunchProgramme;

/**
 * The body of {@code POST /api/agreements/{id}/programmes}. {@code launchedOn} is {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD}, as precise as the source.
 */
public record LaunchProgrammeRequest(
        @NotNull @Pattern(regexp = ProgrammeId.PATTERN) String programmeId,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.TEXT) String description,

        @NotNull @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String launchedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public LaunchProgramme toCommand(AgreementId agreementId) {
        return new LaunchProgramme(
                agreementId,
                ProgrammeId.of(programmeId),
                name,
                description,
                BusinessDate.parse(launchedOn, "launchedOn"));
    }
}
