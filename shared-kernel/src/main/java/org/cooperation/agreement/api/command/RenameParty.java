package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;

/**
 * A party bears a new name from {@code renamedOn} (BMWi became BMWK in December 2021); its code
 * stays, and the record keeps the earlier name for the days before.
 */
public record RenameParty(AgreementId agreementId, PartyCode party, String name, LocalDate renamedOn, String reference)
        implements AgreementCommand {

    public RenameParty {
        Values.required(agreementId, "agreementId");
        Values.required(party, "party");
        Values.requiredText(name, "name", Limits.NAME);
        Values.required(renamedOn, "renamedOn");
        Values.optionalText(reference, "reference", Limits.REFERENCE);
    }
}
