package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.CountryCode;

/** An annual meeting took place; {@code deviationReason} explains a host that did not alternate. */
@EventVersion(1)
public record AnnualMeetingRecorded(
        AgreementId agreementId,
        LocalDate heldOn,
        CountryCode hostCountry,
        String city,
        String level,
        List<String> attendees,
        List<String> outcomes,
        String deviationReason) implements AgreementEvent {

    public AnnualMeetingRecorded {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
