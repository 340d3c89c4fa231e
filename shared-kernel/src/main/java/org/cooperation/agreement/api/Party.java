package org.cooperation.agreement.api;

/**
 * A party to the agreement: a government body, an international organisation or a public
 * institution ({@link PartyKind}; a government body when not stated, as every party recorded before
 * kinds were). Only an international organisation may have no {@code country}: the European
 * Commission has none of its own (where one is given, the EU's reserved code {@code EU} is
 * accepted). {@code signatory} is absent where the source names none (the EU–Japan Centre, a joint
 * venture known from a description, not a signed text): the record does not invent one.
 * {@code name} is the name the party had when it became a party; a later name is a
 * {@code PartyRenamed} of its own.
 */
public record Party(PartyCode code, String name, PartyKind kind, CountryCode country, Signatory signatory) {

    public Party {
        Values.required(code, "code");
        Values.requiredText(name, "name", Limits.NAME);
        kind = kind == null ? PartyKind.GOVERNMENT_BODY : kind;
        if (kind != PartyKind.INTERNATIONAL_ORGANISATION) {
            Values.required(country, "country");
        }
    }

    /** A government body, the kind of every party recorded before kinds were. */
    public Party(PartyCode code, String name, CountryCode country, Signatory signatory) {
        this(code, name, PartyKind.GOVERNMENT_BODY, country, signatory);
    }

    /** The same party under another name. */
    public Party named(String newName) {
        return new Party(code, newName, kind, country, signatory);
    }
}
