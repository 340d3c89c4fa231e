package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;

/** A dated, titled event in a field of cooperation, such as the AIST–DFKI memorandum. */
@EventVersion(1)
public record MilestoneRecorded(
        AgreementId agreementId,
        LocalDate date,
        String title,
        String field,
        String description,
        List<String> references)
        implements AgreementEvent {

    public MilestoneRecorded {
        references = references == null ? List.of() : List.copyOf(references);
    }

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
