package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/** The parties widened their cooperation to another field. */
@EventVersion(1)
public record FieldOfCooperationAdded(AgreementId agreementId, String field, LocalDate addedOn)
        implements AgreementEvent {

    @Override
    public LocalDate businessDate() {
        return addedOn;
    }
}
