package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.RenameParty;

/** The body of {@code POST /api/agreements/{id}/party-names}: a party bears a new name from a date. */
public record RenamePartyRequest(
        @NotNull @Pattern(regexp = PartyCode.PATTERN) String party,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotNull LocalDate renamedOn,
        @Size(max = Limits.REFERENCE) String reference,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public RenameParty toCommand(AgreementId agreementId) {
        return new RenameParty(agreementId, PartyCode.of(party), name, renamedOn, reference);
    }
}
