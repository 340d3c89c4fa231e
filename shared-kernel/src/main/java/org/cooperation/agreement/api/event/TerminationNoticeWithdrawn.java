package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/** The party that gave notice withdrew it before the agreement ended; the term runs on. */
@EventVersion(1)
public record TerminationNoticeWithdrawn(
        AgreementId agreementId, PartyCode party, LocalDate withdrawnOn, String reference) implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
