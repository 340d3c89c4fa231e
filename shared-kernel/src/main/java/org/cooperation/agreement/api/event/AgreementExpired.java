package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/** The term ran out without extension: recorded as of the day after the last day in force. */
@EventVersion(1)
public record AgreementExpired(AgreementId agreementId, LocalDate lastDayInForce, LocalDate expiredOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return expiredOn;
    }
}
