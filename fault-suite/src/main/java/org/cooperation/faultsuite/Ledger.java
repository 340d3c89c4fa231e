package org.cooperation.faultsuite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's own record of every command it sent, by idempotency key: whether the system
 * acknowledged it, and when. The checks hold the event store to this record.
 */
final class Ledger {

    enum Outcome {
        ACKNOWLEDGED,
        REJECTED,
        NO_ANSWER
    }

    record Entry(
            String key,
            String agreementId,
            Outcome outcome,
            int status,
            long version,
            int attempts,
            Instant answeredAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    void record(Entry entry) {
        entries.put(entry.key(), entry);
    }

    Collection<Entry> entries() {
        return List.copyOf(entries.values());
    }

    long count(Outcome outcome) {
        return entries.values().stream().filter(e -> e.outcome() == outcome).count();
    }

    Set<String> agreementIds() {
        Set<String> ids = new TreeSet<>();
        entries.values().forEach(e -> ids.add(e.agreementId()));
        return ids;
    }

    /** The first acknowledgement after an instant: how long the system took to take commands again. */
    Instant firstAcknowledgedAfter(Instant instant) {
        List<Instant> after = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.outcome() == Outcome.ACKNOWLEDGED && e.answeredAt().isAfter(instant)) {
                after.add(e.answeredAt());
            }
        }
        return after.stream().min(Instant::compareTo).orElse(null);
    }
}
