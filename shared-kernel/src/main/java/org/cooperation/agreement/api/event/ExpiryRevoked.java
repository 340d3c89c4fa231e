package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/**
 * A recorded expiry was wrong: an extension entered late shows that the term had been extended
 * before it ran out, or a termination notice entered late shows that the agreement ended by
 * termination instead (its {@code AgreementTerminated} follows). The past is never edited; this
 * event corrects it.
 */
@EventVersion(1)
public record ExpiryRevoked(AgreementId agreementId, LocalDate revokedExpiredOn, String reason)
        implements AgreementEvent {

    /** The correction holds from the day the wrong expiry claimed. */
    @Override
    public LocalDate businessDate() {
        return revokedExpiredOn;
    }
}
