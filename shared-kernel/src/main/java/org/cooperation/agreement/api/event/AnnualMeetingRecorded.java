package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;

/**
 * An annual meeting took place; {@code deviationReason} explains a host that did not alternate.
 *
 * <p>Version 2: each attendee is an {@link Attendee} with the party whose delegation they belonged
 * to and their title, where version 1 had a bare name. Version 1 records and stored events are
 * read into this class by {@code EventUpcasts}: each name becomes an attendee without party or title.
 */
@EventVersion(2)
public record AnnualMeetingRecorded(
        AgreementId agreementId,
        LocalDate heldOn,
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

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
