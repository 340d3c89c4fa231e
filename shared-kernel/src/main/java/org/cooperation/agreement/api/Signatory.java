package org.cooperation.agreement.api;

/** The person who signed for a party, with the title they signed under. */
public record Signatory(String name, String title) {

    public Signatory {
        Values.requiredText(name, "signatory.name", Limits.NAME);
        Values.requiredText(title, "signatory.title", Limits.NAME);
    }
}
