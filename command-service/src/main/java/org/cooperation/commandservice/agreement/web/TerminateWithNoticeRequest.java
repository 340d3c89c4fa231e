package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.TerminateWithNotice;

/** The body of {@code POST /api/agreements/{id}/termination-notices}. */
public record TerminateWithNoticeRequest(
        @NotNull @Pattern(regexp = PartyCode.PATTERN) String party,
        @NotNull LocalDate noticeDate,
        @NotNull LocalDate endsOn,
        @Size(max = Limits.REFERENCE) String reference,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public TerminateWithNotice toCommand(AgreementId agreementId) {
        return new TerminateWithNotice(agreementId, PartyCode.of(party), noticeDate, endsOn, reference);
    }
}
