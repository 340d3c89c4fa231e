package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/**
 * A party's withdrawal took effect: {@code lastDayAsParty} was the end its notice named, and from
 * {@code withdrewOn} it is no longer a party. Recorded by the system when that day comes.
 */
@EventVersion(1)
public record PartyWithdrew(AgreementId agreementId, PartyCode party, LocalDate lastDayAsParty, LocalDate withdrewOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return withdrewOn;
    }
}
