package org.cooperation.agreement.api.contract;

/** Kafka topic names of the published language. */
public final class Topics {

    /** Every agreement event; record key = agreement id, so one agreement's events keep their order. */
    public static final String AGREEMENT_EVENTS = "agreements.events.v1";

    /** Records the query side could not apply, with the reason, for an operator to inspect and retry. */
    public static final String AGREEMENT_EVENTS_DEAD_LETTERS = "agreements.events.v1.dlt";

    private Topics() {
    }
}
