package org.cooperation.agreement.api.command;

import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Values;

/** Extend the term once, with the written consent of every party. */
public record ExtendTerm(AgreementId agreementId, List<Consent> consents) implements AgreementCommand {

    public ExtendTerm {
        Values.required(agreementId, "agreementId");
        consents = Values.list(consents, "consents", Limits.PARTIES);
    }
}
