package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/** A party bears {@code name} from {@code renamedOn}; the name it had before stays on record for the days before. */
@EventVersion(1)
public record PartyRenamed(AgreementId agreementId, PartyCode party, String name, LocalDate renamedOn, String reference)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return renamedOn;
    }
}
