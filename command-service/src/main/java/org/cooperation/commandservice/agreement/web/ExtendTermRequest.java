package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.ExtendTerm;

/** The body of {@code POST /api/agreements/{id}/extensions}: the written consent of every party. */
public record ExtendTermRequest(
        @NotEmpty @Size(max = Limits.PARTIES) List<@NotNull @Valid ConsentRequest> consents,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    public record ConsentRequest(
            @NotNull @Pattern(regexp = PartyCode.PATTERN) String party,
            @NotNull LocalDate letterDate,
            @NotBlank @Size(max = Limits.REFERENCE) String reference) {}

    @Override
    public ExtendTerm toCommand(AgreementId agreementId) {
        return new ExtendTerm(
                agreementId,
                consents.stream()
                        .map(consent ->
                                new Consent(PartyCode.of(consent.party()), consent.letterDate(), consent.reference()))
                        .toList());
    }
}
