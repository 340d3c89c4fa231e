package org.cooperation.agreement.api;

/**
 * Someone who witnessed the signature or the exchange of an instrument without signing it (the
 * Prime Ministers of Japan and India for the Japan–India MOC). The title is optional: a source
 * may name a witness without one.
 */
public record Witness(String name, String title) {

    public Witness {
        Values.requiredText(name, "witness.name", Limits.NAME);
        Values.optionalNonBlank(title, "witness.title", Limits.NAME);
    }
}
