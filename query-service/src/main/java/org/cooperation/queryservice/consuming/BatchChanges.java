package org.cooperation.queryservice.consuming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.queryservice.consuming.EventApplier.Outcome;
import org.cooperation.queryservice.current.AgreementState;
import org.cooperation.queryservice.history.HistoryRepository;

/**
 * What one batch of records changes in the read models, worked out in memory from the rows the
 * batch touches (each loaded once) and then written in one go: each agreement's state once,
 * history, links and held events in one JDBC batch each. The rules are those of one record at a
 * time: an event already applied changes nothing, an event whose predecessor is missing is held,
 * and a held event is applied as soon as its predecessor is.
 */
final class BatchChanges {

    /** Another transaction recorded one of the batch's events after the batch read the tables. */
    static final class RecordedMeanwhileException extends RuntimeException {
        RecordedMeanwhileException() {
            super("another consumer recorded some of these events at the same time");
        }
    }

    private final Map<String, AgreementState> states;
    private final Map<String, NavigableMap<Long, EventRecord>> heldInTable = new HashMap<>();
    private final Map<String, NavigableMap<Long, EventRecord>> heldNow = new HashMap<>();
    private final Set<String> recordedEventIds;
    private final List<HistoryRepository.Row> history = new ArrayList<>();
    private final List<ReceivedEvent> links = new ArrayList<>();
    private final List<EventRecord> released = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();

    /**
     * @param states           the current state of the batch's agreements that have one
     * @param held             the events held for the batch's agreements
     * @param recordedEventIds the ids among the batch's events that the history holds already
     */
    BatchChanges(Map<String, AgreementState> states, List<EventRecord> held, Set<String> recordedEventIds) {
        this.states = new HashMap<>(states);
        held.forEach(record -> heldOf(heldInTable, record.agreementId()).put(record.sequence(), record));
        this.recordedEventIds = new HashSet<>(recordedEventIds);
    }

    /** Takes the next record of the batch, in the order they were read. */
    Outcome offer(EventRecord record) {
        String agreementId = record.agreementId();
        AgreementState state = states.get(agreementId);
        long lastApplied = state == null ? -1 : state.version();
        if (record.sequence() <= lastApplied) {
            return Outcome.DUPLICATE;
        }
        if (record.sequence() > lastApplied + 1) {
            boolean heldBefore = heldOf(heldInTable, agreementId).containsKey(record.sequence())
                    || heldOf(heldNow, agreementId).putIfAbsent(record.sequence(), record) != null;
            return heldBefore ? Outcome.DUPLICATE : Outcome.HELD;
        }
        if (!applyNext(record)) {
            return Outcome.DUPLICATE;
        }
        EventRecord waiting;
        while ((waiting = takeHeld(agreementId, states.get(agreementId).version() + 1)) != null) {
            applyNext(waiting);
        }
        return Outcome.APPLIED;
    }

    /** The agreements whose state changed. */
    Set<String> changed() {
        return changed;
    }

    /** Writes the changes, history first, so that an event recorded meanwhile stops the batch before anything else. */
    void write(ReadModel model) {
        if (!model.history().recordAll(history)) {
            throw new RecordedMeanwhileException();
        }
        model.links().recordAll(links);
        model.current().saveAll(changed.stream().map(states::get).toList());
        model.held().releaseAll(released);
        model.held().holdAll(heldNow.values().stream().flatMap(held -> held.values().stream()).toList());
    }

    /** False when the event's id was applied before, as another agreement's or sequence's. */
    private boolean applyNext(EventRecord record) {
        if (!recordedEventIds.add(record.received().eventId())) {
            return false;
        }
        ReceivedEvent received = record.received();
        states.put(record.agreementId(), AgreementState.fold(states.get(record.agreementId()), received.event(),
                received.sequence(), received.recordedAt()));
        history.add(new HistoryRepository.Row(record.agreementId(), record.historyEntry()));
        if (received.event() instanceof RelatedAgreementLinked) {
            links.add(received);
        }
        changed.add(record.agreementId());
        return true;
    }

    /** The held event with this sequence, taken out of the held ones; null when there is none. */
    private EventRecord takeHeld(String agreementId, long sequence) {
        EventRecord waiting = heldOf(heldNow, agreementId).remove(sequence);
        if (waiting != null) {
            return waiting;
        }
        waiting = heldOf(heldInTable, agreementId).remove(sequence);
        if (waiting != null) {
            released.add(waiting);
        }
        return waiting;
    }

    private static NavigableMap<Long, EventRecord> heldOf(Map<String, NavigableMap<Long, EventRecord>> held,
                                                          String agreementId) {
        return held.computeIfAbsent(agreementId, id -> new TreeMap<>());
    }
}
