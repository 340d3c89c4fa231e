package org.cooperation.agreement.api.contract;

/** Keys of the who-and-why metadata stored with every event. */
public final class AuditMetadata {

    public static final String PRINCIPAL = "principal";
    public static final String CLIENT = "client";
    /** Axon's own key: it copies a command's correlation id onto the events it causes. */
    public static final String CORRELATION_ID = "correlationId";

    private AuditMetadata() {}
}
