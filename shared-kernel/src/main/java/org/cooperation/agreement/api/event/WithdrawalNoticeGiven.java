package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/**
 * A party of an agreement of three or more parties gave written notice: it withdraws, and remains a
 * party up to and including {@code endsOn}; the agreement goes on among the others. (With two parties
 * a notice ends the whole agreement: {@link TerminationNoticeGiven}.)
 */
@EventVersion(1)
public record WithdrawalNoticeGiven(
        AgreementId agreementId, PartyCode party, LocalDate noticeDate, LocalDate endsOn, String reference)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return noticeDate;
    }
}
