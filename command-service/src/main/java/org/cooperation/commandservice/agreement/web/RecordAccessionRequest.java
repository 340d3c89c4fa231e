package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.RecordAccession;
import org.cooperation.commandservice.agreement.web.SignAgreementRequest.PartyRequest;

/** The body of {@code POST /api/agreements/{id}/accessions}: a party accedes after the signature. */
public record RecordAccessionRequest(
        @NotNull @Valid PartyRequest party,
        @NotNull LocalDate accededOn,

        @Schema(description = "The reference of the party's instrument of accession")
        @NotBlank
        @Size(max = Limits.REFERENCE)
        String reference,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public RecordAccession toCommand(AgreementId agreementId) {
        return new RecordAccession(agreementId, party.toParty("party"), accededOn, reference);
    }
}
