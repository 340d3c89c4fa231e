package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/**
 * The whole agreement was entered in error: it is void from its signature ({@code signedOn}), takes
 * no further command, and no deadline falls due for it. Its history stays as it was recorded, and
 * "as recorded at an instant" before this event still shows the agreement as it was.
 */
@EventVersion(1)
public record AgreementVoided(AgreementId agreementId, LocalDate signedOn, String reason) implements AgreementEvent {

    /** Void from the start: the record shows the agreement void on every business date. */
    @Override
    public LocalDate businessDate() {
        return signedOn;
    }
}
