package org.cooperation.agreement.api.contract;

/**
 * Kafka record headers: CloudEvents 1.0 Kafka protocol binding in binary mode, plus the
 * agreement's sequence number and the instant the event was recorded.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    /** The event's position in its agreement's history, starting at 0. */
    public static final String SEQUENCE = "sequence";
    /** The instant the command side stored the event (ISO-8601, UTC). */
    public static final String RECORDED_AT = "recorded-at";
    /** CloudEvents extension: the correlation id of the request that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** CloudEvents extension: the authenticated subject who sent the command. */
    public static final String PRINCIPAL = "ce_principal";
    /** CloudEvents extension: the client tool that sent the command. */
    public static final String CLIENT = "ce_clientid";
    /**
     * CloudEvents extension: why the command that caused the event was sent, as its sender said;
     * absent when it said nothing. UTF-8 text of the published language.
     */
    public static final String REASON = "ce_reason";
    /**
     * The event's hash in its agreement's chain (64 hex digits, see
     * {@link org.cooperation.agreement.api.verification.ChainedEvent}); absent on records of events
     * stored before the chain began.
     */
    public static final String HASH = "hash";
    /** The hash of the agreement's previous event; absent on its first event. */
    public static final String PREVIOUS_HASH = "previous-hash";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";
    public static final String SOURCE_COMMAND_SERVICE = "/cooperation/agreements/command-service";

    private EventHeaders() {}
}
