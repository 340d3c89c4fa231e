package org.cooperation.commandservice.agreement;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperation.commandservice.memory.RecentlyUsed;

/**
 * The agreements commands were recently handled for, kept in memory so the next command need not
 * read and replay every past event (Axon's caching repository). Before an agreement is handed out
 * it is checked against the event store's last sequence number for it (one index lookup): if
 * another instance of the service, or anything else, has appended since, the copy is dropped and
 * the agreement is loaded afresh. A command therefore never works on a stale agreement, whether
 * one instance runs or several. When it is full, the agreement least recently used makes room
 * ({@link RecentlyUsed}).
 */
public final class RecentAgreements implements Cache {

    private final EventStore eventStore;
    private final Map<Object, Object> entries;

    public RecentAgreements(EventStore eventStore, int capacity) {
        this.eventStore = eventStore;
        this.entries = RecentlyUsed.map(capacity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key);
            return null;
        }
        return (V) value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        // Entries in memory keep the aggregate itself; recreating returns it without using the arguments.
        EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
        Optional<Long> stored = eventStore.lastSequenceNumberFor(key.toString());
        return Objects.equals(stored.orElse(null), aggregate.version());
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        // Nothing here listens for entries; Axon's repositories do not register listeners.
        return () -> true;
    }
}
