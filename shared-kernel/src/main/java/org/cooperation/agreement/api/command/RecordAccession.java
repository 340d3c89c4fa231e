package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Values;

/**
 * A party accedes to the agreement after its signature, on {@code accededOn}, by its instrument of
 * accession ({@code reference}); from that day it is one of "the parties" of every rule.
 */
public record RecordAccession(AgreementId agreementId, Party party, LocalDate accededOn, String reference)
        implements AgreementCommand {

    public RecordAccession {
        Values.required(agreementId, "agreementId");
        Values.required(party, "party");
        Values.required(accededOn, "accededOn");
        Values.requiredText(reference, "reference", Limits.REFERENCE);
    }
}
