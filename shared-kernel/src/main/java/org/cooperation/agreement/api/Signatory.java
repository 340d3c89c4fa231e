package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The person who signed for a party, with the title they signed under. {@code onBehalf}: they are
 * not of the party and signed on its behalf, as the Ambassador of India to Japan signed the
 * Japan–India MOC for the Ministry of Electronics and Information Technology; the title says whose
 * they are. Left out of the JSON when false, as every signatory recorded before it was.
 */
public record Signatory(
        String name,
        String title,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean onBehalf) {

    public Signatory {
        Values.requiredText(name, "signatory.name", Limits.NAME);
        Values.requiredText(title, "signatory.title", Limits.NAME);
    }

    /** A signatory of the party itself: a minister, a state secretary of the ministry that signs. */
    public Signatory(String name, String title) {
        this(name, title, false);
    }
}
