package org.cooperation.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast this machine's cores are at the moment: the CPU time one thread needs for a fixed piece
 * of work. The machines this runs on share their cores with others; on an idle one the same work
 * took from 48 to 81 ms of CPU within a minute, and runs of the same build differed by as much
 * (docs/performance.md). The report gives the figure next to the others, so that two runs can be
 * told apart by the machine as well as by the code. CPU time, not wall time: waiting for a core
 * does not count, only how much a core gets done in its time.
 *
 * <p>The work is the services' kind (allocation, hashing, following pointers through memory), not
 * a hashing loop: SHA-256 runs on its own circuit and took 24–26 ms throughout.
 */
final class CpuSpeed {

    private static final int ENTRIES = 200_000;
    /** Runs before the first measurement: until C2 has compiled the work, it measures the JIT. */
    private static final int FIRST_WARM_UP = 40;

    private static boolean warm;
    /** Where each result goes, so that the JIT cannot drop the work as unused. */
    private static volatile long sink;

    private CpuSpeed() {}

    /** CPU milliseconds of the fixed work on this thread: the median of 5, after unmeasured runs. */
    static synchronized double millisForFixedWork() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < (warm ? 3 : FIRST_WARM_UP); i++) {
            sink = work();
        }
        warm = true;
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            sink = work();
            millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /** Fills a hash map, looks every key up five times, sorts the values. */
    private static long work() {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < ENTRIES; i++) {
            map.put(i * 31, Integer.toString(i));
        }
        long sum = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < ENTRIES; i++) {
                sum += map.get(i * 31).hashCode();
            }
        }
        List<String> values = new ArrayList<>(map.values());
        Collections.sort(values);
        return sum + values.get(ENTRIES / 2).hashCode();
    }
}
