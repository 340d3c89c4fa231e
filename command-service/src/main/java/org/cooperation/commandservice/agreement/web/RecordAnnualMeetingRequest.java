package org.cooperation.commandservice.agreement.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;

/** The body of {@code POST /api/agreements/{id}/annual-meetings}. */
public record RecordAnnualMeetingRequest(
        @NotNull LocalDate heldOn,
        @NotNull @IsoCountry String hostCountry,
        @NotBlank @Size(max = Limits.NAME) String city,
        @Size(max = Limits.NAME) String level,
        @Size(max = Limits.ITEMS) List<@NotNull @Valid AttendeeRequest> attendees,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) String> outcomes,
        @Size(max = Limits.TEXT) String deviationReason,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason)
        implements AgreementCommandRequest {

    /**
     * An attendee: {@code {"name": ..., "party": "DE-BMWI", "title": ...}}, or just the name as a
     * string, as clients wrote attendees before they had a party and a title.
     */
    @Schema(description = "An attendee; a plain string is read as {\"name\": \"...\"}")
    public record AttendeeRequest(
            @NotBlank @Size(max = Limits.NAME) String name,
            @Pattern(regexp = PartyCode.PATTERN) String party,
            @Size(max = Limits.NAME) String title) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public AttendeeRequest {}

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static AttendeeRequest named(String name) {
            return new AttendeeRequest(name, null, null);
        }

        Attendee toAttendee() {
            return new Attendee(name, party == null ? null : PartyCode.of(party), title);
        }
    }

    @Override
    public RecordAnnualMeeting toCommand(AgreementId agreementId) {
        return new RecordAnnualMeeting(
                agreementId,
                heldOn,
                CountryCode.of(hostCountry),
                city,
                level,
                attendees == null
                        ? null
                        : attendees.stream().map(AttendeeRequest::toAttendee).toList(),
                outcomes,
                deviationReason);
    }
}
