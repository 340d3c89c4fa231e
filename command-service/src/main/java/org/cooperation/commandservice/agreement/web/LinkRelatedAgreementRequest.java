package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.command.LinkRelatedAgreement;

/** The body of {@code POST /api/agreements/{id}/links}; without {@code linkedOn}, today. */
public record LinkRelatedAgreementRequest(
        @NotNull @Pattern(regexp = AgreementId.PATTERN) String relatedAgreementId,
        @NotNull Relation relation,
        LocalDate linkedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public LinkRelatedAgreement toCommand(AgreementId agreementId) {
        return new LinkRelatedAgreement(agreementId, AgreementId.of(relatedAgreementId), relation, linkedOn);
    }
}
