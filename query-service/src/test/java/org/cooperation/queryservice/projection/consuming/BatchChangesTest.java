package org.cooperation.queryservice.projection.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.consuming.EventApplier.Outcome;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.junit.jupiter.api.Test;

/** The rules of one record at a time, kept when a whole batch is folded in memory. */
class BatchChangesTest {

    private static final String ID = "batch-agreement";
    private static final Instant RECORDED_AT = Instant.parse("2024-05-02T09:00:00Z");

    @Test
    void appliesABatchOfConsecutiveEventsAsOneChangeOfTheirAgreement() {
        var changes = new BatchChanges(Map.of(), List.of(), Set.of(), id -> List.of());

        List<Outcome> outcomes = offerAll(
                changes,
                record(0, Events.signed(ID)),
                record(1, Events.fieldAdded(ID, "Robotics")),
                record(2, Events.fieldAdded(ID, "Smart grids")));

        assertThat(outcomes).containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED);
        assertThat(changes.changed()).containsExactly(ID);
    }

    @Test
    void skipsEventsAtOrBelowTheAppliedVersion() {
        var changes = new BatchChanges(Map.of(ID, stateAt(1)), List.of(), Set.of(), id -> List.of());

        List<Outcome> outcomes =
                offerAll(changes, record(0, Events.signed(ID)), record(1, Events.fieldAdded(ID, "Robotics")));

        assertThat(outcomes).containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE);
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void holdsAnEventAfterAGapAndAppliesItWhenItsPredecessorFollowsInTheSameBatch() {
        var changes = new BatchChanges(Map.of(ID, stateAt(0)), List.of(), Set.of(), id -> List.of());

        List<Outcome> outcomes = offerAll(
                changes,
                record(2, Events.fieldAdded(ID, "Smart grids")),
                record(1, Events.fieldAdded(ID, "Robotics")),
                record(3, Events.fieldAdded(ID, "Hydrogen")));

        assertThat(outcomes).containsExactly(Outcome.HELD, Outcome.APPLIED, Outcome.APPLIED);
    }

    @Test
    void appliesAnEventHeldInAnEarlierBatchOnceItsPredecessorArrives() {
        EventRecord held = record(2, Events.fieldAdded(ID, "Smart grids"));
        var changes = new BatchChanges(Map.of(ID, stateAt(0)), List.of(held), Set.of(), id -> List.of());

        List<Outcome> outcomes = offerAll(
                changes, record(1, Events.fieldAdded(ID, "Robotics")), record(3, Events.fieldAdded(ID, "Hydrogen")));

        assertThat(outcomes).containsExactly(Outcome.APPLIED, Outcome.APPLIED);
    }

    @Test
    void countsAnEventHeldAlreadyAsADuplicate() {
        EventRecord held = record(2, Events.fieldAdded(ID, "Smart grids"));
        var changes = new BatchChanges(Map.of(ID, stateAt(0)), List.of(held), Set.of(), id -> List.of());

        List<Outcome> outcomes = offerAll(
                changes,
                held,
                record(3, Events.fieldAdded(ID, "Hydrogen")),
                record(3, Events.fieldAdded(ID, "Hydrogen")));

        assertThat(outcomes).containsExactly(Outcome.DUPLICATE, Outcome.HELD, Outcome.DUPLICATE);
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void skipsAnEventWhoseIdWasRecordedBeforeAndHoldsTheEventsAfterIt() {
        EventRecord reused = record(1, Events.fieldAdded(ID, "Robotics"));
        var changes = new BatchChanges(
                Map.of(ID, stateAt(0)), List.of(), Set.of(reused.received().eventId()), id -> List.of());

        List<Outcome> outcomes = offerAll(changes, reused, record(2, Events.fieldAdded(ID, "Smart grids")));

        assertThat(outcomes).containsExactly(Outcome.DUPLICATE, Outcome.HELD);
        assertThat(changes.changed()).isEmpty();
    }

    private static List<Outcome> offerAll(BatchChanges changes, EventRecord... records) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EventRecord record : records) {
            outcomes.add(changes.offer(record));
        }
        return outcomes;
    }

    private static AgreementState stateAt(long version) {
        AgreementState state = AgreementState.fold(null, Events.signed(ID), 0, RECORDED_AT);
        for (long sequence = 1; sequence <= version; sequence++) {
            state = AgreementState.fold(state, Events.fieldAdded(ID, "Field " + sequence), sequence, RECORDED_AT);
        }
        return state;
    }

    private static EventRecord record(long sequence, AgreementEvent event) {
        String type = EventTypes.typeName(event.getClass());
        return new EventRecord(
                new ReceivedEvent(ID + "-" + sequence, type, AgreementId.of(ID), sequence, RECORDED_AT, event),
                new EventRecord.Audit("secretariat", "tool", "correlation-" + sequence, null),
                new String(EventJson.write(event), UTF_8),
                new EventEnvelope.Chain(null, null));
    }
}
