package org.cooperation.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** HTTP load on the command API, as secretariat tools would put it. */
final class CommandLoad {

    /** Commands accepted over the whole window, which ends when the read model has caught up. */
    record Throughput(long commands, long failures, double loadSeconds, double catchUpSeconds) {
        double commandsPerSecond() {
            return commands / (loadSeconds + catchUpSeconds);
        }
    }

    /**
     * From "command accepted" to "the query API shows it", per command; and to "a partner reading
     * the topic has it" ({@code toTopic}), for the commands whose event the watch saw.
     */
    record Latency(Percentiles percentiles, long stale, long failures, double achievedRate, Percentiles toTopic) {}

    private CommandLoad() {}

    /** {@code clients} clients, each sending its next command as soon as the last was answered. */
    static Throughput closedLoop(Api api, String phase, int clients, int seconds) throws Exception {
        return closedLoop(api, phase, clients, seconds, false);
    }

    /**
     * The same clients, each reading every command's result back with {@code minVersion} before its
     * next command: the warm-up, so that the JIT compilers have compiled (b)'s reads, and not only
     * (a)'s commands, before anything is measured.
     */
    static Throughput closedLoopReadingBack(Api api, String phase, int clients, int seconds) throws Exception {
        return closedLoop(api, phase, clients, seconds, true);
    }

    private static Throughput closedLoop(Api api, String phase, int clients, int seconds, boolean readBack)
            throws Exception {
        Map<String, Long> lastVersions = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        eachClientUntil(clients, seconds, client -> {
            CommandMix mix = new CommandMix(phase + "-" + client);
            return () -> {
                CommandMix.Command command = mix.next();
                try {
                    long version = api.command(command.path(), command.body());
                    lastVersions.merge(command.agreementId(), version, Math::max);
                    accepted.incrementAndGet();
                    if (readBack) {
                        awaitVisible(api, command.agreementId(), version);
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    report(e);
                }
            };
        });
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long catchUpStarted = System.nanoTime();
        // Asked by as many readers as there were writers: asking one agreement after another
        // measured the benchmark's own round trips (seconds for a few hundred agreements), not the lag.
        ExecutorService readers = Executors.newFixedThreadPool(clients);
        List<Future<Boolean>> caughtUp = new ArrayList<>();
        for (Map.Entry<String, Long> last : lastVersions.entrySet()) {
            caughtUp.add(readers.submit(() -> awaitVisible(api, last.getKey(), last.getValue())));
        }
        for (Future<Boolean> agreement : caughtUp) {
            agreement.get();
        }
        readers.shutdown();
        return new Throughput(accepted.get(), failed.get(), loadSeconds, (System.nanoTime() - catchUpStarted) / 1e9);
    }

    /**
     * A closed loop: {@code clients} threads, each doing its own {@code step} again as soon as the
     * last one is done, until {@code seconds} have passed; returns when all have stopped.
     */
    static void eachClientUntil(int clients, int seconds, IntFunction<Runnable> stepOfClient)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            Runnable step = stepOfClient.apply(client);
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    step.run();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    }

    /**
     * Commands started at a fixed rate whatever the answers, each followed until it is visible.
     *
     * @param topic when not null, also notes when each command's event reached the topic
     */
    static Latency openLoop(Api api, double perSecond, int seconds, TopicWatch topic) throws Exception {
        int total = (int) Math.max(1, perSecond * seconds);
        long[] micros = new long[total];
        long[] acceptedAt = new long[total];
        String[] agreementIds = new String[total];
        long[] versions = new long[total];
        AtomicLong stale = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        atFixedRate(perSecond, total, "latency", (slot, command) -> {
            try {
                long version = api.command(command.path(), command.body());
                long accepted = System.nanoTime();
                acceptedAt[slot] = accepted;
                agreementIds[slot] = command.agreementId();
                versions[slot] = version;
                boolean visible = awaitVisible(api, command.agreementId(), version);
                micros[slot] = (System.nanoTime() - accepted) / 1000;
                if (!visible) {
                    stale.incrementAndGet();
                }
            } catch (Exception e) {
                micros[slot] = -1;
                failed.incrementAndGet();
                report(e);
            }
        });
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] measured = java.util.Arrays.stream(micros).filter(m -> m >= 0).toArray();
        return new Latency(
                Percentiles.of(measured),
                stale.get(),
                failed.get(),
                total / elapsed,
                toTopic(topic, acceptedAt, agreementIds, versions));
    }

    /**
     * (a)'s load at a fixed rate: the same commands, none read back, so that what each costs the
     * machine compares with (a)'s; returns how many were accepted.
     */
    static long commandsAtRate(Api api, double perSecond, int seconds) throws Exception {
        AtomicLong accepted = new AtomicLong();
        atFixedRate(perSecond, (int) Math.max(1, perSecond * seconds), "quiet", (slot, command) -> {
            try {
                api.command(command.path(), command.body());
                accepted.incrementAndGet();
            } catch (Exception e) {
                report(e);
            }
        });
        return accepted.get();
    }

    /** Starts {@code total} commands of the mix at a fixed rate, whatever the answers, and waits for all. */
    private static void atFixedRate(
            double perSecond, int total, String phase, BiConsumer<Integer, CommandMix.Command> send)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        ThreadLocal<CommandMix> mixes = ThreadLocal.withInitial(
                () -> new CommandMix(phase + "-" + Thread.currentThread().getId()));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long period = (long) (1_000_000_000L / perSecond);
        clock.scheduleAtFixedRate(
                () -> {
                    int slot = next.getAndIncrement();
                    if (slot >= total) {
                        clock.shutdown();
                        return;
                    }
                    workers.submit(() -> send.accept(slot, mixes.get().next()));
                },
                0,
                period,
                TimeUnit.NANOSECONDS);
        clock.awaitTermination((long) (total / perSecond) * 3L + 60, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
    }

    /** Accepted → read from the topic, for each command whose event the watch saw; null without a watch. */
    private static Percentiles toTopic(TopicWatch topic, long[] acceptedAt, String[] agreementIds, long[] versions)
            throws InterruptedException {
        if (topic == null) {
            return null;
        }
        // Every event is visible by now, so on the topic too; the watch's own consumer may be behind.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline
                && IntStream.range(0, agreementIds.length)
                        .anyMatch(
                                i -> agreementIds[i] != null && topic.arrival(agreementIds[i], versions[i]) == null)) {
            Thread.sleep(100);
        }
        return Percentiles.of(IntStream.range(0, agreementIds.length)
                .filter(i -> agreementIds[i] != null)
                .mapToLong(i -> {
                    Long arrival = topic.arrival(agreementIds[i], versions[i]);
                    // The event can reach the topic before the command's answer reaches its client: 0.
                    return arrival == null ? -1 : Math.max(0, arrival - acceptedAt[i]) / 1000;
                })
                .filter(micros -> micros >= 0)
                .toArray());
    }

    /**
     * Asks the query API for at least {@code version}; it answers as soon as the projection has it,
     * or with 503 after its bounded wait, in which case we ask again (and count it as stale).
     */
    static boolean awaitVisible(Api api, String agreementId, long version) throws Exception {
        boolean firstTry = true;
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = api.query("/api/agreements/" + agreementId + "?minVersion=" + version);
            if (response.statusCode() == 200) {
                return firstTry;
            }
            if (response.statusCode() != 503 && response.statusCode() != 404) {
                throw new IllegalStateException(
                        "GET " + agreementId + " answered " + response.statusCode() + ": " + response.body());
            }
            firstTry = false;
            Thread.sleep(10);
        }
        throw new IllegalStateException(agreementId + " never reached version " + version);
    }

    private static final AtomicInteger REPORTED = new AtomicInteger();

    private static void report(Exception e) {
        if (REPORTED.incrementAndGet() <= 5) {
            System.err.println("command failed: " + e.getMessage());
        }
    }
}
