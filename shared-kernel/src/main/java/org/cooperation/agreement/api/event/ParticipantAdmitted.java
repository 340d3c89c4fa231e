package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.ParticipantKind;

/** Another organisation joined the cooperation. */
@EventVersion(1)
public record ParticipantAdmitted(
        AgreementId agreementId, String name, ParticipantKind kind, CountryCode country, LocalDate joinedOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return joinedOn;
    }
}
