package org.cooperation.agreement.api;

/** A government body that signed the agreement. */
public record Party(PartyCode code, String name, CountryCode country, Signatory signatory) {

    public Party {
        Values.required(code, "code");
        Values.requiredText(name, "name", Limits.NAME);
        Values.required(country, "country");
        Values.required(signatory, "signatory");
    }
}
