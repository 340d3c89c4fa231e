package org.cooperation.agreement.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;

/**
 * An annual meeting took place; {@code deviationReason} explains a host that did not alternate.
 *
 * <p>Version 2: each attendee is an {@link Attendee} with the party whose delegation they belonged
 * to and their title, where version 1 had a bare name. Version 1 records and stored events are
 * read into this class by {@code EventUpcasts}: each name becomes an attendee without party or title.
 *
 * <p>Version 3: {@code hostParty} names the party that hosted, and {@code hostCountry} is the country
 * the meeting was held in, which need not be the host's (the European Commission hosts in Brussels,
 * BE). A meeting of version 2 named only a country, that of the host; it reads unchanged, without
 * {@code hostParty}, and its host is the party of that country.
 */
@EventVersion(3)
public record AnnualMeetingRecorded(
        AgreementId agreementId,
        LocalDate heldOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) PartyCode hostParty,
        CountryCode hostCountry,
        String city,
        String level,
        List<Attendee> attendees,
        List<String> outcomes,
        String deviationReason)
        implements AgreementEvent {

    public AnnualMeetingRecorded {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A meeting that names only the country of its host, as every one did before version 3. */
    public AnnualMeetingRecorded(
            AgreementId agreementId,
            LocalDate heldOn,
            CountryCode hostCountry,
            String city,
            String level,
            List<Attendee> attendees,
            List<String> outcomes,
            String deviationReason) {
        this(agreementId, heldOn, null, hostCountry, city, level, attendees, outcomes, deviationReason);
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
