package org.cooperation.commandservice.memory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of at most a given number of entries which, when full, drops the entry least recently read
 * or written. It holds what the service keeps of the agreements it handled lately, because the next
 * command is most likely for one handled a moment ago: an agreement just signed is followed by its
 * fields, participants and contacts.
 *
 * <p>Not Caffeine's bounded cache, which the service used before: it admits a new entry only when
 * that entry has been used more often than the one it would replace, so while it was full of
 * agreements used a few times each it kept turning away the agreements just signed, and each of
 * their next commands read and replayed the agreement's events again (docs/performance.md). One lock
 * guards the map; it is held for a lookup, far shorter than the command around it.
 */
public final class RecentlyUsed {

    private RecentlyUsed() {}

    public static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<K, V>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
