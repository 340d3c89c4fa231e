package org.cooperation.agreement.api;

/**
 * Someone who attended an annual meeting. {@code party} names the delegation they came with when
 * they came for a party; guests of other bodies (a platform, an institute) have none.
 */
public record Attendee(String name, PartyCode party, String title) {

    public Attendee {
        Values.requiredText(name, "name", Limits.NAME);
        Values.optionalText(title, "title", Limits.NAME);
    }

    /** An attendee known by name only, as every attendee was recorded before parties and titles were. */
    public static Attendee named(String name) {
        return new Attendee(name, null, null);
    }
}
