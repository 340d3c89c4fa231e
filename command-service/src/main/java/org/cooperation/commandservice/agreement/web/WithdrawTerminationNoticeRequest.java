package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;

/** The body of {@code POST /api/agreements/{id}/termination-notices/withdrawal}. */
public record WithdrawTerminationNoticeRequest(
        @NotNull @Pattern(regexp = PartyCode.PATTERN) String party,
        @NotNull LocalDate withdrawnOn,
        @Size(max = Limits.REFERENCE) String reference,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public WithdrawTerminationNotice toCommand(AgreementId agreementId) {
        return new WithdrawTerminationNotice(agreementId, PartyCode.of(party), withdrawnOn, reference);
    }
}
