package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Values;

/**
 * Say how this agreement relates to another one ({@link Relation}). Without
 * {@code linkedOn} the command side records the business day on which it handles the command.
 */
public record LinkRelatedAgreement(
        AgreementId agreementId, AgreementId relatedAgreementId, Relation relation, LocalDate linkedOn)
        implements AgreementCommand {

    public LinkRelatedAgreement {
        Values.required(agreementId, "agreementId");
        Values.required(relatedAgreementId, "relatedAgreementId");
        Values.required(relation, "relation");
    }
}
