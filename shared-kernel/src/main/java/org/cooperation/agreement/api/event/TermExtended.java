package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Consent;

/** Every party consented in writing; the term now ends on {@code termEndsOn} (last day in force). */
@EventVersion(1)
public record TermExtended(
        AgreementId agreementId,
        List<Consent> consents,
        LocalDate previousTermEndsOn,
        LocalDate termEndsOn,
        int extensionsUsed,
        int extensionsLeft)
        implements AgreementEvent {

    public TermExtended {
        consents = List.copyOf(consents);
    }

    /** The extension took effect when the last party consented. */
    @Override
    public LocalDate businessDate() {
        return consents.stream()
                .map(Consent::letterDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }
}
