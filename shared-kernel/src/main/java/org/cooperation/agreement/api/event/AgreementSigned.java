package org.cooperation.agreement.api.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.Witness;

/**
 * The parties signed; the agreement is in force from {@code effectiveFrom} to {@code termEndsOn}, both
 * included.
 *
 * <p>Version 2: {@code term} and {@code termEndsOn} are absent for an open-ended instrument, one that
 * states no term and is in force until terminated. Version 1 always had both; its records and stored
 * events are read into this class unchanged by {@code EventUpcasts}, so an agreement signed with a
 * term keeps it. Also since version 2 (which no partner had received before they were added):
 * {@code place} and a party's signatory may be absent where the source names none, a signatory may
 * sign {@code onBehalf} of a party, and {@code witnesses} (absent when none) witnessed the signature.
 *
 * <p>Version 3: each party has a {@code kind} (government body, international organisation, public
 * institution), and an international organisation may have no {@code country}. Version 2 parties
 * were all government bodies with a country; {@code EventUpcasts} says so in their JSON.
 *
 * <p>Version 4: {@code signedOn} and {@code effectiveFrom} are {@link BusinessDate}s, as precise as the
 * source ("established in 1987": {@code "1987"}). Only an open-ended instrument may take effect on a
 * date known to the year or month: a term runs from a day. Every version 3 date was a day, whose text
 * is the same, so the step from version 3 leaves the JSON as it is.
 */
@EventVersion(4)
public record AgreementSigned(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        List<Party> parties,
        BusinessDate signedOn,
        String place,
        BusinessDate effectiveFrom,
        Term term,
        LocalDate termEndsOn,
        int terminationNoticeDays,
        MeetingPolicy meetings,
        List<String> fieldsOfCooperation,
        String financialArrangement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Witness> witnesses)
        implements AgreementEvent {

    public AgreementSigned {
        parties = List.copyOf(parties);
        fieldsOfCooperation = fieldsOfCooperation == null ? List.of() : List.copyOf(fieldsOfCooperation);
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    }

    /** A signature known to the day and without witnesses, as every one recorded before witnesses were. */
    public AgreementSigned(
            AgreementId agreementId,
            String title,
            AgreementKind kind,
            List<Party> parties,
            LocalDate signedOn,
            String place,
            LocalDate effectiveFrom,
            Term term,
            LocalDate termEndsOn,
            int terminationNoticeDays,
            MeetingPolicy meetings,
            List<String> fieldsOfCooperation,
            String financialArrangement) {
        this(
                agreementId,
                title,
                kind,
                parties,
                BusinessDate.of(signedOn),
                place,
                BusinessDate.of(effectiveFrom),
                term,
                termEndsOn,
                terminationNoticeDays,
                meetings,
                fieldsOfCooperation,
                financialArrangement,
                List.of());
    }

    /** Whether the instrument states no term: no expiry is ever due, and it cannot be extended. */
    @JsonIgnore
    public boolean openEnded() {
        return term == null;
    }

    /**
     * The last day the signature may stand for: "as of" a day shows the agreement only once it had
     * surely been signed, as it counts a vague programme launch. Nothing dated under it can come
     * earlier: the command side accepts a fact under a vague signature only when the fact is surely
     * on or after the signature, or as vague as it over the same days (a programme launched "1987"
     * under a signature "1987"), which is then dated on the same last day.
     */
    @Override
    public LocalDate businessDate() {
        return signedOn.latest();
    }
}
