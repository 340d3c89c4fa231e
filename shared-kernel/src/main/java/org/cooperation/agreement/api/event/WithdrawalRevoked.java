package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/**
 * A recorded withdrawal was wrong: the notice that caused it was retracted as entered in error
 * ({@code FactRetracted} precedes). {@code party} did not leave after {@code revokedLastDayAsParty}:
 * it is a party still, as if it had never given notice. The past is never edited; this event corrects
 * it, as {@link TerminationRevoked} does for a termination.
 */
@EventVersion(1)
public record WithdrawalRevoked(
        AgreementId agreementId, PartyCode party, LocalDate revokedLastDayAsParty, String reason)
        implements AgreementEvent {

    /** The correction holds from the day the wrong withdrawal claimed: the day after the revoked last day. */
    @Override
    public LocalDate businessDate() {
        return revokedLastDayAsParty.plusDays(1);
    }
}
