package org.cooperation.agreement.api.contract;

/** Kafka topic names of the published language. */
public final class Topics {

    /** Every agreement event; record key = agreement id, so one agreement's events keep their order. */
    public static final String AGREEMENT_EVENTS = "agreements.events.v1";

    /**
     * The log's signed checkpoints, each with the events it added to the tree (see
     * {@code org.cooperation.agreement.api.verification.PublishedCheckpoint}); one partition, key "log",
     * so they arrive in order.
     */
    public static final String CHECKPOINTS = "agreements.checkpoints.v1";

    /** Records the query side could not apply, with the reason, for an operator to inspect and retry. */
    public static final String AGREEMENT_EVENTS_DEAD_LETTERS = "agreements.events.v1.dlt";

    private Topics() {}
}
