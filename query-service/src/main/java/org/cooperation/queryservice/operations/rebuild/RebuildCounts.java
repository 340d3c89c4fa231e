package org.cooperation.queryservice.operations.rebuild;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.cooperation.queryservice.projection.consuming.EventApplier;

/** What a running rebuild has done so far; written by the rebuild's thread, read by status requests. */
final class RebuildCounts {

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong unusable = new AtomicLong();
    private final Map<EventApplier.Outcome, AtomicLong> outcomes = new EnumMap<>(EventApplier.Outcome.class);

    RebuildCounts() {
        for (EventApplier.Outcome outcome : EventApplier.Outcome.values()) {
            outcomes.put(outcome, new AtomicLong());
        }
    }

    void counted(EventApplier.Outcome outcome) {
        read.incrementAndGet();
        outcomes.get(outcome).incrementAndGet();
    }

    void countedUnusable() {
        read.incrementAndGet();
        unusable.incrementAndGet();
    }

    long read() {
        return read.get();
    }

    long applied() {
        return outcomes.get(EventApplier.Outcome.APPLIED).get();
    }

    long duplicates() {
        return outcomes.get(EventApplier.Outcome.DUPLICATE).get();
    }

    long held() {
        return outcomes.get(EventApplier.Outcome.HELD).get();
    }

    long unusable() {
        return unusable.get();
    }
}
