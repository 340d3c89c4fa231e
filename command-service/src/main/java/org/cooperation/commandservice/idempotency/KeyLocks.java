package org.cooperation.commandservice.idempotency;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one request per idempotency key into the database at a time, within this instance. The
 * database alone would be correct (a second claim of a key waits on the first one's row lock), but
 * every waiter would hold a pooled connection while it waits; ten retries of one request must not
 * take ten connections from everybody else. Across instances, the row lock still decides.
 */
final class KeyLocks {

    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} holding the key's lock; false when the lock did not come within {@code wait}. */
    boolean runExclusively(String key, Duration wait, Work work) throws Exception {
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        try {
            if (!entry.lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                entry.lock.unlock();
            }
        } finally {
            entries.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }
}
