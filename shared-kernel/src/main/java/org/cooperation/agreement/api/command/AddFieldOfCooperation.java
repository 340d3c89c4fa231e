package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Values;

/** Widen the cooperation to another field. */
public record AddFieldOfCooperation(AgreementId agreementId, String field, LocalDate addedOn)
        implements AgreementCommand {

    public AddFieldOfCooperation {
        Values.required(agreementId, "agreementId");
        Values.requiredText(field, "field", Limits.NAME);
        Values.required(addedOn, "addedOn");
    }
}
