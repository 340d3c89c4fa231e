package org.cooperation.agreement.api;

/**
 * A government body that signed the agreement. {@code signatory} is absent where the source names
 * none (the EU–Japan Centre, a joint venture known from a description, not a signed text): the
 * record does not invent one.
 */
public record Party(PartyCode code, String name, CountryCode country, Signatory signatory) {

    public Party {
        Values.required(code, "code");
        Values.requiredText(name, "name", Limits.NAME);
        Values.required(country, "country");
    }
}
