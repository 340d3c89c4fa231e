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
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;

/**
 * The body of {@code POST /api/agreements/{id}/annual-meetings}: {@code hostParty}, {@code hostCountry}
 * or both; without {@code hostParty} the host is the party of {@code hostCountry}, without
 * {@code hostCountry} the meeting was held in the host party's country.
 */
public record RecordAnnualMeetingRequest(
        @NotNull LocalDate heldOn,

        @Schema(description = "The party that hosted, e.g. EU-COMMISSION; may be left out where hostCountry says it")
        @Pattern(regexp = PartyCode.PATTERN)
        String hostParty,

        @Schema(
                description = "The country the meeting was held in (BE for the European Commission in Brussels);"
                        + " may be left out where it is the host party's")
        @IsoCountry
        String hostCountry,

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
        if (hostParty == null && hostCountry == null) {
            throw new InvalidValueException("hostCountry", "required", "is required unless hostParty names the host");
        }
        return new RecordAnnualMeeting(
                agreementId,
                heldOn,
                hostParty == null ? null : PartyCode.of(hostParty),
                hostCountry == null ? null : CountryCode.of(hostCountry),
                city,
                level,
                attendees == null
                        ? null
                        : attendees.stream().map(AttendeeRequest::toAttendee).toList(),
                outcomes,
                deviationReason);
    }
}
