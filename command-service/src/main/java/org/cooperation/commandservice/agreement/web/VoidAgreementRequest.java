package org.cooperation.commandservice.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.VoidAgreement;

/** The body of {@code POST /api/agreements/{id}/void}: why the whole agreement was entered in error. */
public record VoidAgreementRequest(
        @NotBlank @Size(max = Limits.REASON) String reason) implements AgreementCommandRequest {

    @Override
    public VoidAgreement toCommand(AgreementId agreementId) {
        return new VoidAgreement(agreementId, reason);
    }
}
