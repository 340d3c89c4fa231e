package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;

/** A party gave written notice; the agreement stays in force up to and including {@code endsOn}. */
@EventVersion(1)
public record TerminationNoticeGiven(
        AgreementId agreementId, PartyCode party, LocalDate noticeDate, LocalDate endsOn, String reference)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return noticeDate;
    }
}
