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
 * YYYY-MM} or {@code YYYY-MM-DD}, as precise as the source; where the source does not state the launch,
 * {@code runningBy} (the same form) is the date by which it shows the programme running. Exactly one of
 * the two (rule {@code launched-or-running-by}).
 */
public record LaunchProgrammeRequest(
        @NotNull @Pattern(regexp = ProgrammeId.PATTERN) String programmeId,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.TEXT) String description,

        @Schema(description = "The launch, as precise as the source; absent when the source does not state it")
        @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String launchedOn,

        @Schema(
                description = "Only when launchedOn is absent: the date by which the source shows the programme"
                        + " running (YYYY, YYYY-MM or YYYY-MM-DD)")
        @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String runningBy,

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
                launchedOn == null ? null : BusinessDate.parse(launchedOn, "launchedOn"),
                runningBy == null ? null : BusinessDate.parse(runningBy, "runningBy"));
    }
}
