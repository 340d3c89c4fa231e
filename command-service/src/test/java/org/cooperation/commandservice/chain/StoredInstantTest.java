package org.cooperation.commandservice.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

/**
 * The instant a chained event's hash covers is the one Axon stores and gives back: its text, written
 * and parsed again. The chain computes it without the text; both must agree on every instant, or
 * every event chained would fail its verification.
 */
class StoredInstantTest {

    private static Stream<Instant> instants() {
        SplittableRandom random = new SplittableRandom(22);
        Stream<Instant> edges = Stream.of(
                Instant.EPOCH,
                Instant.parse("2026-12-07T17:30:00Z"),
                Instant.parse("2026-12-07T17:30:00.001Z"),
                Instant.parse("2026-12-07T17:30:00.000999999Z"),
                Instant.parse("2026-12-07T17:30:00.999999999Z"),
                Instant.parse("2026-12-31T23:59:59.999500000Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"));
        // Any moment from 1970 to 2200, to the nanosecond, as a clock may give it.
        Stream<Instant> anyMoment = Stream.generate(() ->
                        Instant.ofEpochSecond(random.nextLong(0, 7_258_118_400L), random.nextInt(0, 1_000_000_000)))
                .limit(2_000);
        return Stream.concat(edges, anyMoment);
    }

    @Test
    void isTheInstantAxonStoresAndReadsBack() {
        assertThat(instants())
                .allSatisfy(clockTime -> assertThat(ChainingEventStorageEngine.storedInstant(clockTime))
                        .as("stored %s", clockTime)
                        .isEqualTo(DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(clockTime))));
    }
}
