package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/** A party nominated its contact, replacing the one it had before. */
@EventVersion(1)
public record ContactNominated(
        AgreementId agreementId, PartyCode party, String name, String role, String email, LocalDate nominatedOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return nominatedOn;
    }
}
