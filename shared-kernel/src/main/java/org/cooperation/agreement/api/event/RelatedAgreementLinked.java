package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Relation;

/** This agreement builds on, supersedes or implements another one. */
@EventVersion(1)
public record RelatedAgreementLinked(
        AgreementId agreementId,
        AgreementId relatedAgreementId,
        Relation relation,
        LocalDate linkedOn) implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return linkedOn;
    }
}
