package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void readsEachPercentileOfTheLatencies() {
        Percentiles latencies = Percentiles.of(
                LongStream.rangeClosed(1, 1000).map(i -> i * 1000).toArray());

        assertThat(latencies.count()).isEqualTo(1000);
        assertThat(latencies.millis(50)).isCloseTo(500, within(0.5));
        assertThat(latencies.millis(99)).isCloseTo(990, within(1.0));
        assertThat(latencies.millis(100)).isCloseTo(1000, within(1.0));
    }

    @Test
    void answersNotANumberWhenNothingWasMeasured() {
        Percentiles none = Percentiles.of(new long[0]);

        assertThat(none.count()).isZero();
        assertThat(none.millis(50)).isNaN();
    }
}
