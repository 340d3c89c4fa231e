package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;

/** A party gives written notice on {@code noticeDate} that the cooperation ends after {@code endsOn}. */
public record TerminateWithNotice(
        AgreementId agreementId, PartyCode party, LocalDate noticeDate, LocalDate endsOn, String reference)
        implements AgreementCommand {

    public TerminateWithNotice {
        Values.required(agreementId, "agreementId");
        Values.required(party, "party");
        Values.required(noticeDate, "noticeDate");
        Values.required(endsOn, "endsOn");
        Values.optionalText(reference, "reference", Limits.REFERENCE);
    }
}
