package org.cooperation.queryservice.projection.consuming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;
import org.cooperation.queryservice.projection.state.LinkRepository;
import org.cooperation.queryservice.projection.timeline.Step;
import org.cooperation.queryservice.projection.timeline.Timeline;

/**
 * What one batch of records changes in the read models, worked out in memory from the rows the
 * batch touches (each loaded once) and then written in one go: each agreement's state once,
 * history, links and held events in one JDBC batch each. The rules are those of one record at a
 * time ({@link Sequencing}).
 */
final class BatchChanges extends Sequencing {

    /** Another transaction recorded one of the batch's events after the batch read the tables. */
    static final class RecordedMeanwhileException extends RuntimeException {
        RecordedMeanwhileException() {
            super("another consumer recorded some of these events at the same time");
        }
    }

    /** The states as the batch found them, for what changed; {@link #states} moves as events are applied. */
    private final Map<String, AgreementState> before;

    private final Map<String, AgreementState> states;
    private final Set<String> recordedEventIds;
    private final Function<String, List<HistoryEntry>> recordedHistory;
    private final List<HistoryRepository.Row> history = new ArrayList<>();
    private final List<ReceivedEvent> links = new ArrayList<>();
    private final List<EventRecord> released = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();
    /** Each applied event with the state after it, in the order applied: what the timeline needs. */
    private final List<Applied> applied = new ArrayList<>();

    private record Applied(String agreementId, ReceivedEvent received, AgreementState after) {}

    /**
     * @param states           the current state of the batch's agreements that have one
     * @param held             the events held for the batch's agreements
     * @param recordedEventIds the ids among the batch's events that the history holds already
     * @param recordedHistory  an agreement's history as committed before the batch, oldest first: a
     *                         retraction is folded with it (see {@link CorrectedHistory})
     */
    BatchChanges(
            Map<String, AgreementState> states,
            List<EventRecord> held,
            Set<String> recordedEventIds,
            Function<String, List<HistoryEntry>> recordedHistory) {
        super(held);
        this.before = Map.copyOf(states);
        this.states = new HashMap<>(states);
        this.recordedEventIds = new HashSet<>(recordedEventIds);
        this.recordedHistory = recordedHistory;
    }

    /** The agreements whose state changed. */
    Set<String> changed() {
        return changed;
    }

    /** The version each changed agreement reached, in {@link #changed()}'s order. */
    Map<String, Long> changedVersions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        changed.forEach(
                agreementId -> versions.put(agreementId, states.get(agreementId).version()));
        return versions;
    }

    /** Writes the changes, history first, so that an event recorded meanwhile stops the batch before anything else. */
    void write(ReadModel model) {
        if (!model.history().recordAll(history)) {
            throw new RecordedMeanwhileException();
        }
        model.links().recordAll(links);
        List<AgreementState> changedStates = changed.stream().map(states::get).toList();
        model.current().saveAll(changedStates);
        model.deadlines().saveChanged(changedStates, before);
        writeTimeline(model);
        model.held().releaseAll(released);
        stillHeld(model.held()::holdAll);
    }

    /** Each applied event moves its agreement's timeline; an event entered late refolds from the history just written. */
    private void writeTimeline(ReadModel model) {
        var lastOpen = model.timeline().lastOpen(changed);
        Map<String, Timeline> timelines = new LinkedHashMap<>();
        Map<String, List<Timeline.Event>> histories = new HashMap<>();
        for (Applied event : applied) {
            String agreementId = event.agreementId();
            Timeline timeline = timelines.computeIfAbsent(agreementId, id -> {
                Step last = lastOpen.get(id);
                return new Timeline(id, last, () -> model.timeline().openBefore(id, last.validFrom()));
            });
            ReceivedEvent received = event.received();
            timeline.apply(
                    received.sequence(),
                    received.event(),
                    received.recordedAt(),
                    event.after(),
                    Timeline.upTo(() -> histories.computeIfAbsent(
                            agreementId, id -> model.timeline().history(model.history(), id))));
        }
        model.timeline().write(timelines.values());
    }

    @Override
    protected long lastApplied(String agreementId) {
        AgreementState state = states.get(agreementId);
        return state == null ? -1 : state.version();
    }

    @Override
    protected boolean applyNext(EventRecord record) {
        if (!recordedEventIds.add(record.received().eventId())) {
            return false;
        }
        ReceivedEvent received = record.received();
        history.add(new HistoryRepository.Row(record.agreementId(), record.historyEntry()));
        AgreementState after = received.event() instanceof FactRetracted
                ? corrected(record.agreementId())
                : AgreementState.fold(
                        states.get(record.agreementId()), received.event(), received.sequence(), received.recordedAt());
        states.put(record.agreementId(), after);
        applied.add(new Applied(record.agreementId(), received, after));
        if (LinkRepository.concerns(received.event())) {
            links.add(received);
        }
        changed.add(record.agreementId());
        return true;
    }

    /** The agreement's whole history, committed and of this batch, folded without what it retracts. */
    private AgreementState corrected(String agreementId) {
        CorrectedHistory corrected = new CorrectedHistory();
        recordedHistory.apply(agreementId).forEach(entry -> corrected.add(CorrectedHistory.Recorded.of(entry)));
        history.stream()
                .filter(row -> row.agreementId().equals(agreementId))
                .forEach(row -> corrected.add(CorrectedHistory.Recorded.of(row.entry())));
        return corrected.fold();
    }

    @Override
    protected void released(EventRecord record) {
        released.add(record);
    }
}
