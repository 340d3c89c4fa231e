package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.NominateContact;

/** The body of {@code POST /api/agreements/{id}/contacts}; without {@code nominatedOn}, today. */
public record NominateContactRequest(
        @NotNull @Pattern(regexp = PartyCode.PATTERN) String party,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.NAME) String role,
        @Email @Size(max = Limits.NAME) String email,
        LocalDate nominatedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public NominateContact toCommand(AgreementId agreementId) {
        return new NominateContact(agreementId, PartyCode.of(party), name, role, email, nominatedOn);
    }
}
