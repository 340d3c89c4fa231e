package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;

/**
 * A party names its contact; a later nomination replaces the earlier one. Without
 * {@code nominatedOn} the command side records the business day on which it handles the command.
 */
public record NominateContact(
        AgreementId agreementId, PartyCode party, String name, String role, String email, LocalDate nominatedOn)
        implements AgreementCommand {

    public NominateContact {
        Values.required(agreementId, "agreementId");
        Values.required(party, "party");
        Values.requiredText(name, "name", Limits.NAME);
        Values.optionalText(role, "role", Limits.NAME);
        Values.optionalText(email, "email", Limits.NAME);
    }
}
