package org.cooperation.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What (a) could reach on this machine if a command cost nothing: the same clients asking
 * command-service's liveness endpoint, which passes Tomcat, Spring Security's filters (with the
 * same bearer token as the commands) and Spring MVC, and does no work. No command can be cheaper,
 * so its rate bounds (a)'s from above; measured in the same run, it says how far the frameworks
 * alone already are from (a)'s target.
 */
final class Ceiling {

    /** Requests answered 200 in {@code seconds}, and the CPU they took. */
    record Result(long requests, long failures, double seconds, CpuUse.Split cpu) {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private Ceiling() {}

    static Result measure(Api api, int clients, int seconds, CpuUse.Processes processes) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CpuUse.Snapshot before = CpuUse.Snapshot.take(processes);
        long started = System.nanoTime();
        CommandLoad.eachClientUntil(clients, seconds, client -> () -> {
            try {
                if (api.liveness() == 200) {
                    answered.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        });
        double elapsed = (System.nanoTime() - started) / 1e9;
        CpuUse.Split cpu =
                CpuUse.Split.perCommand(before, CpuUse.Snapshot.take(processes), Math.max(1, answered.get()));
        return new Result(answered.get(), failed.get(), elapsed, cpu);
    }
}
