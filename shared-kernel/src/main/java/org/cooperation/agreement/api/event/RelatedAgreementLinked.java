package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Relation;

/**
 * This agreement builds on, supersedes, implements, amends, was concluded under or is related to
 * another one.
 *
 * <p>Version 2: {@code relation} may also be {@code AMENDS}, {@code CONCLUDED_UNDER} or
 * {@code RELATED_TO}. A version 1 record means the same in version 2 and is read unchanged by
 * {@code EventUpcasts}.
 */
@EventVersion(2)
public record RelatedAgreementLinked(
        AgreementId agreementId, AgreementId relatedAgreementId, Relation relation, LocalDate linkedOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return linkedOn;
    }
}
