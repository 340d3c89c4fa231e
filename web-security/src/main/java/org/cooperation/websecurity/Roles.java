package org.cooperation.websecurity;

/**
 * The roles of DESIGN.md "Identity and access" and the token claims that carry them. A token
 * names its roles in the {@code roles} claim (a JSON array, or one string of names separated by
 * spaces); a partner's token also names its party, e.g. {@code "party": "JP-METI"}.
 */
public final class Roles {

    /** Keeps the record: sends commands, and reads everything. */
    public static final String SECRETARIAT = "SECRETARIAT";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** A party's agency: reads only the agreements its party belongs to. */
    public static final String PARTNER = "PARTNER";

    public static final String ROLES_CLAIM = "roles";
    public static final String PARTY_CLAIM = "party";

    private Roles() {}
}
