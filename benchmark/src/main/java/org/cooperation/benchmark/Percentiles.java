package org.cooperation.benchmark;

import java.util.Arrays;

/** Exact percentiles of a set of latencies in microseconds. */
record Percentiles(long[] sortedMicros) {

    static Percentiles of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    double millis(double percentile) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    int count() {
        return sortedMicros.length;
    }
}
