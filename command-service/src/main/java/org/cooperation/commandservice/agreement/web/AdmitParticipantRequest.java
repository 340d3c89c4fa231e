package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.command.AdmitParticipant;

/** The body of {@code POST /api/agreements/{id}/participants}; {@code joinedOn} as precise as the source. */
public record AdmitParticipantRequest(
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotNull ParticipantKind kind,
        @IsoCountry String country,

        @NotNull @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String joinedOn,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    @Override
    public AdmitParticipant toCommand(AgreementId agreementId) {
        return new AdmitParticipant(
                agreementId,
                name,
                kind,
                country == null ? null : CountryCode.of(country),
                BusinessDate.parse(joinedOn, "joinedOn"));
    }
}
