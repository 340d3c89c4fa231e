package org.cooperation.agreement.api;

import java.time.LocalDate;

/** A party's written wish to extend the term: the letter's date and reference. */
public record Consent(PartyCode party, LocalDate letterDate, String reference) {

    public Consent {
        Values.required(party, "party");
        Values.required(letterDate, "letterDate");
        Values.requiredText(reference, "reference", Limits.REFERENCE);
    }
}
