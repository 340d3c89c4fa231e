package org.cooperation.commandservice.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;

/** The body of {@code POST /api/agreements/{id}/annual-meetings}. */
public record RecordAnnualMeetingRequest(
        @NotNull LocalDate heldOn,
        @NotNull @IsoCountry String hostCountry,
        @NotBlank @Size(max = Limits.NAME) String city,
        @Size(max = Limits.NAME) String level,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.NAME) String> attendees,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) String> outcomes,
        @Size(max = Limits.TEXT) String deviationReason) implements AgreementCommandRequest {

    @Override
    public RecordAnnualMeeting toCommand(AgreementId agreementId) {
        return new RecordAnnualMeeting(agreementId, heldOn, CountryCode.of(hostCountry), city, level, attendees,
                outcomes, deviationReason);
    }
}
