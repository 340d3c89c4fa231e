package org.cooperation.commandservice.agreement.web;

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
        @Size(max = Limits.REFERENCE) String reference)
        implements AgreementCommandRequest {

    @Override
    public RenameParty toCommand(AgreementId agreementId) {
        return new RenameParty(agreementId, PartyCode.of(party), name, renamedOn, reference);
    }
}
