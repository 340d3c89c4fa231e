package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Values;

/** Record a dated, titled event in a field of cooperation; {@code date} as precise as the source. */
public record RecordMilestone(
        AgreementId agreementId,
        BusinessDate date,
        String title,
        String field,
        String description,
        List<String> references)
        implements AgreementCommand {

    public RecordMilestone {
        Values.required(agreementId, "agreementId");
        Values.required(date, "date");
        Values.requiredText(title, "title", Limits.TITLE);
        Values.optionalText(field, "field", Limits.NAME);
        Values.optionalText(description, "description", Limits.TEXT);
        references = Values.list(references, "references", Limits.ITEMS);
    }

    /** A milestone known to the day. */
    public RecordMilestone(
            AgreementId agreementId,
            LocalDate date,
            String title,
            String field,
            String description,
            List<String> references) {
        this(agreementId, date == null ? null : BusinessDate.of(date), title, field, description, references);
    }
}
