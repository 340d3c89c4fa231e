package org.cooperation.queryservice.projection.consuming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cooperation.queryservice.projection.consuming.EventApplier.Outcome;

/**
 * The order rules of the read models, one record at a time: an event at or below its agreement's
 * last applied sequence changes nothing; an event that skips ahead is held, never applied out of
 * order; the event that follows the last applied one is applied, and then every held event that
 * now follows in turn. The live projection ({@link BatchChanges}) and the rebuild's bulk load
 * keep the same rules; they differ in what applying an event means.
 */
public abstract class Sequencing {

    private final Map<String, NavigableMap<Long, EventRecord>> heldInTable = new HashMap<>();
    private final Map<String, NavigableMap<Long, EventRecord>> heldNow = new HashMap<>();

    /** @param heldInTable the events held already, each to be applied once its predecessor is */
    protected Sequencing(List<EventRecord> heldInTable) {
        heldInTable.forEach(
                record -> heldOf(this.heldInTable, record.agreementId()).put(record.sequence(), record));
    }

    /** The agreement's last applied sequence; -1 before its signature. */
    protected abstract long lastApplied(String agreementId);

    /**
     * Applies an event that follows its agreement's last applied sequence; false when it cannot
     * be, because its id was applied before as another agreement's or sequence's.
     */
    protected abstract boolean applyNext(EventRecord record);

    /** Called with each event that was held already and is now applied, so that it leaves the held ones. */
    protected abstract void released(EventRecord record);

    /** Takes the next record, in the order they were read. */
    public Outcome offer(EventRecord record) {
        String agreementId = record.agreementId();
        long lastApplied = lastApplied(agreementId);
        if (record.sequence() <= lastApplied) {
            return Outcome.DUPLICATE;
        }
        if (record.sequence() > lastApplied + 1) {
            NavigableMap<Long, EventRecord> inTable = heldInTable.get(agreementId);
            boolean heldBefore = inTable != null && inTable.containsKey(record.sequence())
                    || heldOf(heldNow, agreementId).putIfAbsent(record.sequence(), record) != null;
            return heldBefore ? Outcome.DUPLICATE : Outcome.HELD;
        }
        if (!applyNext(record)) {
            return Outcome.DUPLICATE;
        }
        EventRecord waiting;
        while ((waiting = takeHeld(agreementId, lastApplied(agreementId) + 1)) != null) {
            applyNext(waiting);
        }
        return Outcome.APPLIED;
    }

    /** Hands on every event held by this run that is still waiting for its predecessor. */
    public void stillHeld(Consumer<List<EventRecord>> held) {
        held.accept(heldNow.values().stream()
                .flatMap(waiting -> waiting.values().stream())
                .toList());
    }

    /** The held event with this sequence, taken out of the held ones; null when there is none. */
    private EventRecord takeHeld(String agreementId, long sequence) {
        NavigableMap<Long, EventRecord> now = heldNow.get(agreementId);
        EventRecord waiting = now == null ? null : now.remove(sequence);
        if (waiting != null) {
            return waiting;
        }
        NavigableMap<Long, EventRecord> inTable = heldInTable.get(agreementId);
        waiting = inTable == null ? null : inTable.remove(sequence);
        if (waiting != null) {
            released(waiting);
        }
        return waiting;
    }

    private static NavigableMap<Long, EventRecord> heldOf(
            Map<String, NavigableMap<Long, EventRecord>> held, String agreementId) {
        return held.computeIfAbsent(agreementId, id -> new TreeMap<>());
    }
}
