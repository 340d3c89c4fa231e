package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/**
 * A recorded termination was wrong: the notice that caused it was withdrawn before it took effect
 * (the withdrawal entered after the termination was recorded; {@code TerminationNoticeWithdrawn}
 * follows), or the notice was retracted as entered in error ({@code FactRetracted} precedes). The
 * agreement did not end on {@code revokedTerminatedOn}; what ends it now follows from the rest of the
 * record (an expiry due already is recorded next). The past is never edited; this event corrects it.
 */
@EventVersion(1)
public record TerminationRevoked(AgreementId agreementId, LocalDate revokedTerminatedOn, String reason)
        implements AgreementEvent {

    /** The correction holds from the day the wrong termination claimed. */
    @Override
    public LocalDate businessDate() {
        return revokedTerminatedOn;
    }
}
