package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Values;

/** The whole agreement was entered in error: void it, saying why. */
public record VoidAgreement(AgreementId agreementId, String reason) implements AgreementCommand {

    public VoidAgreement {
        Values.required(agreementId, "agreementId");
        Values.requiredText(reason, "reason", Limits.REASON);
    }
}
