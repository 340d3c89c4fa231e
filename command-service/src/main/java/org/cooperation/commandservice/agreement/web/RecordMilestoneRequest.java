package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.RecordMilestone;

/** The body of {@code POST /api/agreements/{id}/milestones}; {@code date} as precise as the source. */
public record RecordMilestoneRequest(
        @NotNull @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String date,

        @NotBlank @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.NAME) String field,
        @Size(max = Limits.TEXT) String description,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REFERENCE) String> references,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public RecordMilestone toCommand(AgreementId agreementId) {
        return new RecordMilestone(
                agreementId, BusinessDate.parse(date, "date"), title, field, description, references);
    }
}
