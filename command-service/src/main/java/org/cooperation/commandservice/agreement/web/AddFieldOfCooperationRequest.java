package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;

/** The body of {@code POST /api/agreements/{id}/fields}. */
public record AddFieldOfCooperationRequest(
        @NotBlank @Size(max = Limits.NAME) String field,
        @NotNull LocalDate addedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public AddFieldOfCooperation toCommand(AgreementId agreementId) {
        return new AddFieldOfCooperation(agreementId, field, addedOn);
    }
}
