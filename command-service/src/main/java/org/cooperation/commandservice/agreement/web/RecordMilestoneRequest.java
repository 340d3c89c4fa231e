package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.RecordMilestone;

/** The body of {@code POST /api/agreements/{id}/milestones}. */
public record RecordMilestoneRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.NAME) String field,
        @Size(max = Limits.TEXT) String description,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REFERENCE) String> references,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public RecordMilestone toCommand(AgreementId agreementId) {
        return new RecordMilestone(agreementId, date, title, field, description, references);
    }
}
