package org.cooperation.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a process and of the whole machine, from /proc, so the report can say where the
 * machine's cores went during the load: per command, per process.
 */
final class CpuUse {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double MILLIS_PER_TICK = 10;

    /** CPU milliseconds of each part at one moment. */
    record Snapshot(long nanos, double command, double query, double client, double machine) {

        static Snapshot take(long commandPid, long queryPid) {
            return new Snapshot(
                    System.nanoTime(),
                    processMillis(commandPid),
                    processMillis(queryPid),
                    processMillis(ProcessHandle.current().pid()),
                    machineBusyMillis());
        }
    }

    /** Where the machine's CPU went between two snapshots, per command accepted in between. */
    record PerCommand(double command, double query, double client, double rest, double machineBusyShare) {

        static PerCommand between(Snapshot before, Snapshot after, long commands) {
            double command = after.command() - before.command();
            double query = after.query() - before.query();
            double client = after.client() - before.client();
            double machine = after.machine() - before.machine();
            double wallMillis = (after.nanos() - before.nanos()) / 1e6;
            return new PerCommand(
                    command / commands,
                    query / commands,
                    client / commands,
                    (machine - command - query - client) / commands,
                    machine / (wallMillis * Runtime.getRuntime().availableProcessors()));
        }
    }

    private CpuUse() {}

    /** User plus system CPU time of the process so far, in milliseconds; -1 when it cannot be read. */
    static double processMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name may hold spaces; the fields that follow it are counted from its ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time all cores spent busy (not idle, not waiting for I/O) so far, in milliseconds. */
    static double machineBusyMillis() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user, nice, system, irq, softirq, steal; not idle or iowait, and not guest time,
            // which user time already counts.
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
            return busy * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
