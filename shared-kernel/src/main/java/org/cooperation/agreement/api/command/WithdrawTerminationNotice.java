package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;

/** The party that gave notice takes it back before the agreement has ended. */
public record WithdrawTerminationNotice(
        AgreementId agreementId, PartyCode party, LocalDate withdrawnOn, String reference) implements AgreementCommand {

    public WithdrawTerminationNotice {
        Values.required(agreementId, "agreementId");
        Values.required(party, "party");
        Values.required(withdrawnOn, "withdrawnOn");
        Values.optionalText(reference, "reference", Limits.REFERENCE);
    }
}
