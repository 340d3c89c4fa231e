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
    /** Readers that give their thread back at once: the wait that holds no thread. */
    private final ProjectionProgress progress = progress(Duration.ZERO, 50);

    private ProjectionProgress progress(Duration blockingWait, int blockingReaders) {
        return new ProjectionProgress(
                id -> {
                    lookups.incrementAndGet();
                    return OptionalLong.of(projected.get());
                },
                Duration.ofSeconds(10),
                blockingWait,
                blockingReaders,
                ForkJoinPool.commonPool());
    }

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
        ProjectionProgress impatient = new ProjectionProgress(
                id -> OptionalLong.of(4),
                Duration.ofMillis(300),
                Duration.ofMillis(100),
                50,
                ForkJoinPool.commonPool());

        assertThatThrownBy(() -> impatient.whenApplied("jp-de-iot-2016", 5L).join())
                .cause()
                .isInstanceOfSatisfying(StaleReadException.class, e -> {
                    assertThat(e.minVersion()).isEqualTo(5);
                    assertThat(e.currentVersion()).isEqualTo(4);
                });
    }

    @Test
    void aReaderWaitingOnItsOwnThreadIsAnsweredAsOneThatDidNotWait() throws Exception {
        ProjectionProgress blocking = progress(Duration.ofSeconds(5), 50);
        commitLater(blocking, "jp-de-iot-2016", 1, 200);

        long asked = System.nanoTime();
        CompletableFuture<Void> reader = blocking.whenApplied("jp-de-iot-2016", 1L);

        assertThat(reader).isDone();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aReaderGivesItsThreadBackAfterTheBlockingWaitAndIsWokenLater() throws Exception {
        ProjectionProgress blocking = progress(Duration.ofMillis(100), 50);

        long asked = System.nanoTime();
        CompletableFuture<Void> reader = blocking.whenApplied("jp-de-iot-2016", 1L);

        assertThat(reader).isNotDone();
        assertThat(Duration.ofNanos(System.nanoTime() - asked))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100))
                .isLessThan(Duration.ofMillis(1000));
        projected.set(1);
        blocking.changed("jp-de-iot-2016", 1);
        reader.get(5, TimeUnit.SECONDS);
    }

    @Test
    void onlySoManyReadersWaitOnTheirThreadsAtOnce() throws Exception {
        ProjectionProgress blocking = progress(Duration.ofSeconds(5), 1);
        CompletableFuture<CompletableFuture<Void>> first = new CompletableFuture<>();
        new Thread(() -> first.complete(blocking.whenApplied("jp-de-iot-2016", 1L))).start();
        // The first reader has its permit once it has looked at the database.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (lookups.get() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(lookups).hasValue(1);

        long asked = System.nanoTime();
        CompletableFuture<Void> second = blocking.whenApplied("jp-de-iot-2016", 1L);

        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(500));
        assertThat(second).isNotDone();
        assertThat(first).isNotDone();
        projected.set(1);
        blocking.changed("jp-de-iot-2016", 1);
        second.get(5, TimeUnit.SECONDS);
        assertThat(first.get(5, TimeUnit.SECONDS)).isDone();
    }

    @Test
    void aFailedLookWhileWaitingOnTheThreadFailsTheRead() {
        ProjectionProgress failing = new ProjectionProgress(
                id -> {
                    throw new IllegalStateException("database down");
                },
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                50,
                ForkJoinPool.commonPool());

        assertThat(failing.whenApplied("jp-de-iot-2016", 1L))
                .isCompletedExceptionally()
                .failsWithin(Duration.ZERO)
                .withThrowableThat()
                .havingRootCause()
                .withMessage("database down");
    }

    /** The projection committing {@code version} of the agreement after {@code millis}, on another thread. */
    private void commitLater(ProjectionProgress progress, String agreementId, long version, long millis) {
        CompletableFuture.runAsync(
                () -> {
                    projected.set(version);
                    progress.changed(agreementId, version);
                },
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    @Test
    void refusesANegativeVersion() {
        assertThatThrownBy(() -> progress.whenApplied("jp-de-iot-2016", -1L))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("minVersion"));
    }
}
