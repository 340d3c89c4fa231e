package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Party;

/**
 * A party acceded to the agreement after its signature: a party from {@code accededOn}, by the
 * instrument of accession named by {@code reference}.
 */
@EventVersion(1)
public record PartyAcceded(AgreementId agreementId, Party party, LocalDate accededOn, String reference)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return accededOn;
    }
}
