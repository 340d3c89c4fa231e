package org.cooperation.agreement.api.contract;

/** Keys of the who-and-why metadata stored with every event. */
public final class AuditMetadata {

    public static final String PRINCIPAL = "principal";
    public static final String CLIENT = "client";
    /** Axon's own key: it copies a command's correlation id onto the events it causes. */
    public static final String CORRELATION_ID = "correlationId";
    /**
     * Why the command was sent, in the sender's words (minutes, a letter, a decision): optional, at
     * most {@link org.cooperation.agreement.api.Limits#REASON} characters of the published language.
     */
    public static final String REASON = "reason";

    private AuditMetadata() {}
}
