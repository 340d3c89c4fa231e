package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/** The notice ran out: {@code lastDayInForce} was the notice's end, and from {@code terminatedOn} the agreement is over. */
@EventVersion(1)
public record AgreementTerminated(
        AgreementId agreementId, PartyCode noticeGivenBy, LocalDate lastDayInForce, LocalDate terminatedOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return terminatedOn;
    }
}
