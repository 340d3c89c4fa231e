package org.cooperation.queryservice.projection.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cooperation.agreement.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProjectionProgressTest {

    private final AtomicLong projected = new AtomicLong(0);
    private final AtomicLong lookups = new AtomicLong();
    private final ProjectionProgress progress = new ProjectionProgress(
            id -> {
                lookups.incrementAndGet();
                return OptionalLong.of(projected.get());
            },
            Duration.ofSeconds(10),
            ForkJoinPool.commonPool());

    @Test
    void returnsAtOnceWhenTheVersionIsThere() {
        assertThat(progress.whenApplied("jp-de-iot-2016", 0L)).isDone();

        assertThat(lookups).hasValue(1);
    }

    @Test
    void doesNotWaitWithoutAVersion() {
        assertThat(progress.whenApplied("jp-de-iot-2016", null)).isDone();

        assertThat(lookups).hasValue(0);
    }

    @Test
    void holdsNoThreadOfTheReaderWhileItWaits() {
        long asked = System.nanoTime();
        CompletableFuture<Void> reader = progress.whenApplied("jp-de-iot-2016", 1L);

        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(500));
        assertThat(reader).isNotDone();
    }

    @Test
    void wakesAWaitingReaderWhenTheChangeCommitsRatherThanOnItsNextRecheck() throws Exception {
        CompletableFuture<Void> reader = progress.whenApplied("jp-de-iot-2016", 1L);
        Thread.sleep(200);
        assertThat(reader).isNotDone();

        long committed = System.nanoTime();
        projected.set(1);
        progress.changed("jp-de-iot-2016", 1);
        reader.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofMillis(500));
        assertThat(lookups.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void aReaderWokenWithItsVersionDoesNotAskTheDatabaseAgain() throws Exception {
        CompletableFuture<Void> reader = progress.whenApplied("jp-de-iot-2016", 2L);
        Thread.sleep(200);
        long lookupsWhileWaiting = lookups.get();

        projected.set(2);
        progress.changed("jp-de-iot-2016", 2);
        reader.get(5, TimeUnit.SECONDS);

        assertThat(lookups).hasValue(lookupsWhileWaiting);
    }

    @Test
    void aReaderWokenWithAnEarlierVersionWaitsOn() throws Exception {
        CompletableFuture<Void> reader = progress.whenApplied("jp-de-iot-2016", 3L);
        Thread.sleep(200);

        projected.set(2);
        progress.changed("jp-de-iot-2016", 2);
        Thread.sleep(200);
        assertThat(reader).isNotDone();

        projected.set(3);
        progress.changed("jp-de-iot-2016", 3);
        reader.get(5, TimeUnit.SECONDS);
    }

    @Test
    void ignoresChangesToOtherAgreements() throws Exception {
        CompletableFuture<Void> reader = progress.whenApplied("jp-de-iot-2016", 1L);
        Thread.sleep(100);

        progress.changed("jp-in-digital-2018", 7);
        Thread.sleep(200);

        assertThat(reader).isNotDone();
        projected.set(1);
        progress.changedAll();
        reader.get(5, TimeUnit.SECONDS);
    }

    @Test
    void givesUpAfterTheBoundedWait() {
        ProjectionProgress impatient =
                new ProjectionProgress(id -> OptionalLong.of(4), Duration.ofMillis(300), ForkJoinPool.commonPool());

        assertThatThrownBy(() -> impatient.whenApplied("jp-de-iot-2016", 5L).join())
                .cause()
                .isInstanceOfSatisfying(StaleReadException.class, e -> {
                    assertThat(e.minVersion()).isEqualTo(5);
                    assertThat(e.currentVersion()).isEqualTo(4);
                });
    }

    @Test
    void refusesANegativeVersion() {
        assertThatThrownBy(() -> progress.whenApplied("jp-de-iot-2016", -1L))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("minVersion"));
    }
}
