package org.cooperation.queryservice.projection.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.queryservice.reading.current.AsOf;

/** The fold of a history, whole or as of a business date, as the projection and the as-of views make it. */
final class Folds {

    static final Instant RECORDED = Instant.parse("2024-01-01T00:00:00Z");

    private Folds() {}

    static AgreementState foldAsOf(List<AgreementEvent> recorded, LocalDate day) {
        AsOf asOf = new AsOf(day, null, day);
        AgreementState state = null;
        for (int sequence = 0; sequence < recorded.size(); sequence++) {
            if (asOf.includes(recorded.get(sequence).businessDate())) {
                state = AgreementState.fold(state, recorded.get(sequence), sequence, RECORDED);
            }
        }
        return state;
    }

    static AgreementState fold(AgreementEvent... events) {
        AgreementState state = null;
        for (int sequence = 0; sequence < events.length; sequence++) {
            state = AgreementState.fold(state, events[sequence], sequence, RECORDED);
        }
        return state;
    }
}
