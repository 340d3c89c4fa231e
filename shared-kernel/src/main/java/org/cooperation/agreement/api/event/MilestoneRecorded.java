package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;

/**
 * A dated, titled event in a field of cooperation, such as the AIST–DFKI memorandum.
 *
 * <p>Version 2: {@code date} is as precise as the source ({@code 2018}, {@code 2018-10} or a day);
 * version 1 always gave a day, which reads unchanged as a version 2 date ({@code EventUpcasts}).
 */
@EventVersion(2)
public record MilestoneRecorded(
        AgreementId agreementId,
        BusinessDate date,
        String title,
        String field,
        String description,
        List<String> references)
        implements AgreementEvent {

    public MilestoneRecorded {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A milestone known to the day. */
    public MilestoneRecorded(
            AgreementId agreementId,
            LocalDate date,
            String title,
            String field,
            String description,
            List<String> references) {
        this(agreementId, BusinessDate.of(date), title, field, description, references);
    }

    /** The last day it may stand for: "as of" a day counts the milestone once it has surely been reached. */
    @Override
    public LocalDate businessDate() {
        return date.latest();
    }
}
