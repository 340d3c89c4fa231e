package org.cooperation.benchmark;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * A fact entered late into (d)'s history (a participant that joined the day after the signature,
 * entered after thousands of later facts), against one entered in order on the same history: how
 * long each takes from the topic to the query API. A late fact changes the state of every business
 * date from its own on, and the timeline keeps each date's state; it once cost one fold of the
 * history per date, the square of the history (docs/performance.md, "Events entered late").
 */
record LateFact(int historyEvents, double inOrderMillis, double lateMillis) {

    private static final int REPEATS = 3;

    double ratio() {
        return lateMillis / inOrderMillis;
    }

    /** Alternates facts in order and late ones, {@link #REPEATS} each, on the history {@link HistoryQuery#seed} wrote. */
    static LateFact measure(Api api, SyntheticHistory history, int historyEvents) throws Exception {
        AgreementId id = AgreementId.of(HistoryQuery.AGREEMENT + "-0");
        double[] inOrder = new double[REPEATS];
        double[] late = new double[REPEATS];
        int sequence = historyEvents;
        for (int i = 0; i < REPEATS; i++) {
            inOrder[i] = millisUntilVisible(api, history, id, sequence, SyntheticHistory.event(id, sequence));
            sequence++;
            late[i] = millisUntilVisible(api, history, id, sequence, SyntheticHistory.lateParticipant(id, sequence));
            sequence++;
        }
        return new LateFact(historyEvents, HistoryQuery.median(inOrder), HistoryQuery.median(late));
    }

    private static double millisUntilVisible(
            Api api, SyntheticHistory history, AgreementId id, int sequence, AgreementEvent event) throws Exception {
        long started = System.nanoTime();
        history.one(event, sequence);
        CommandLoad.awaitVisible(api, id.value(), sequence);
        return (System.nanoTime() - started) / 1e6;
    }
}
