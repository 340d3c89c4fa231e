package org.cooperation.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of a set of latencies in microseconds, to three significant digits (0.1 %), which
 * is finer than the machine's own noise.
 */
final class Percentiles {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram micros;

    private Percentiles(Histogram micros) {
        this.micros = micros;
    }

    static Percentiles of(long[] micros) {
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        for (long value : micros) {
            histogram.recordValue(value);
        }
        return new Percentiles(histogram);
    }

    double millis(double percentile) {
        if (micros.getTotalCount() == 0) {
            return Double.NaN;
        }
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    long count() {
        return micros.getTotalCount();
    }
}
