package org.cooperation.commandservice.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.IntStream;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.Witness;
import org.cooperation.agreement.api.command.SignAgreement;

/**
 * The body of {@code POST /api/agreements}; its field names are the public contract. Without
 * {@code term} the instrument is open-ended (in force until terminated); {@code terminationNoticeDays}
 * is the notice it states, {@code 0} when it states none.
 */
public record SignAgreementRequest(
        @Pattern(regexp = AgreementId.PATTERN) String agreementId,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotNull AgreementKind kind,
        @NotNull @Size(max = Limits.PARTIES) List<@NotNull @Valid PartyRequest> parties,

        @Schema(
                description = "YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no more (\"established in"
                        + " 1987\"): kept and shown as given")
        @NotNull
        @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String signedOn,

        @Schema(description = "Where it was signed; leave it out where the source names no place")
        @Size(min = 1, max = Limits.NAME)
        @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "must not be blank")
        String place,

        @Schema(
                description = "Defaults to signedOn; as precise as the source, but a term (a fixed period) runs from"
                        + " a day: YYYY-MM-DD")
        @Pattern(regexp = BusinessDate.PATTERN, message = BusinessDate.PATTERN_MESSAGE)
        String effectiveFrom,

        @Schema(
                description = "The term the instrument states. Leave it out for an open-ended instrument, one that"
                        + " states no term: it is in force until terminated, never expires and cannot be extended")
        @Valid
        TermRequest term,

        @Schema(description = "The notice period the instrument states, in days; 0 when it states none")
        @NotNull
        @Min(0)
        @Max(Limits.NOTICE_DAYS)
        Integer terminationNoticeDays,

        @Valid MeetingsRequest meetings,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.NAME) String> fieldsOfCooperation,
        @Size(max = Limits.TEXT) String financialArrangement,

        @Schema(description = "Who witnessed the signature without signing it") @Size(max = Limits.ITEMS)
        List<@NotNull @Valid WitnessRequest> witnesses,

        @Schema(description = AgreementCommandRequest.REASON) @Size(max = Limits.REASON)
        String reason) {

    /**
     * A party: {@code kind} is a government body when left out; only an international organisation
     * may leave out {@code country}.
     */
    public record PartyRequest(
            @NotNull @Pattern(regexp = PartyCode.PATTERN) String code,
            @NotBlank @Size(max = Limits.NAME) String name,

            @Schema(
                    description = "GOVERNMENT_BODY (when left out), INTERNATIONAL_ORGANISATION (the European"
                            + " Commission) or PUBLIC_INSTITUTION (AIST, DFKI)")
            PartyKind kind,

            @Schema(
                    description = "ISO 3166-1 alpha-2, or the EU's reserved code EU; only an international"
                            + " organisation may leave it out")
            @IsoCountry
            String country,

            @Schema(description = "Who signed for the party; leave it out where the source names no one") @Valid
            SignatoryRequest signatory) {

        /** The party, or the problem of one named by its place in the request, e.g. {@code parties[2].country}. */
        Party toParty(String path) {
            try {
                return new Party(
                        PartyCode.of(code),
                        name,
                        kind,
                        country == null ? null : CountryCode.of(country),
                        signatory == null
                                ? null
                                : new Signatory(
                                        signatory.name(),
                                        signatory.title(),
                                        Boolean.TRUE.equals(signatory.onBehalf())));
            } catch (InvalidValueException problem) {
                throw new InvalidValueException(
                        path + "." + problem.field(),
                        problem.rule(),
                        problem.field().equals("country")
                                ? "is required unless the party is an INTERNATIONAL_ORGANISATION"
                                : problem.getMessage());
            }
        }
    }

    public record SignatoryRequest(
            @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.NAME) String title,

            @Schema(
                    description = "True when the signatory is not of the party and signs on its behalf (an"
                            + " ambassador for a ministry); the title says whose they are")
            Boolean onBehalf) {}

    public record WitnessRequest(
            @NotBlank @Size(max = Limits.NAME) String name,

            @Size(min = 1, max = Limits.NAME)
            @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "must not be blank")
            String title) {

        Witness toWitness() {
            return new Witness(name, title);
        }
    }

    public record TermRequest(
            @NotNull @Min(1) @Max(Limits.TERM_YEARS) Integer initialYears,
            @NotNull @Min(0) @Max(Limits.EXTENSIONS) Integer maxExtensions,
            @Min(0) @Max(Limits.TERM_YEARS) Integer extensionYears) {

        Term toTerm() {
            return new Term(initialYears, maxExtensions, extensionYears == null ? 0 : extensionYears);
        }
    }

    public record MeetingsRequest(
            @NotNull MeetingPolicy.Cadence cadence,
            @Size(max = Limits.NAME) String level,
            boolean alternateHosts) {}

    SignAgreement toCommand() {
        return new SignAgreement(
                agreementId == null ? AgreementId.generate() : AgreementId.of(agreementId),
                title,
                kind,
                IntStream.range(0, parties.size())
                        .mapToObj(i -> parties.get(i).toParty("parties[" + i + "]"))
                        .toList(),
                BusinessDate.parse(signedOn, "signedOn"),
                place,
                effectiveFrom == null ? null : BusinessDate.parse(effectiveFrom, "effectiveFrom"),
                term == null ? null : term.toTerm(),
                terminationNoticeDays,
                meetings == null
                        ? null
                        : new MeetingPolicy(meetings.cadence(), meetings.level(), meetings.alternateHosts()),
                fieldsOfCooperation,
                financialArrangement,
                witnesses == null
                        ? List.of()
                        : witnesses.stream().map(WitnessRequest::toWitness).toList());
    }
}
