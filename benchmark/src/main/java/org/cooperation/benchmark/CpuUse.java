package org.cooperation.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cooperation.localrun.LocalSystem;

/**
 * CPU time of each process of the system and of the whole machine, from /proc, so the report can
 * say where the machine's cores went during the load: per command, per process, with PostgreSQL
 * and the broker apart from whatever else ran.
 */
final class CpuUse {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double MILLIS_PER_TICK = 10;

    /** The processes whose CPU is counted apart; PostgreSQL's is its postmaster with every backend. */
    record Processes(long command, long query, long postgres, long broker) {

        static Processes of(LocalSystem system) {
            return new Processes(
                    system.commandService().pid(),
                    system.queryService().pid(),
                    system.postgres().pid(),
                    system.kafka().pid());
        }

        /** The same, with a command-service started apart from the system's own (see {@link ChainCost}). */
        Processes withCommand(long pid) {
            return new Processes(pid, query, postgres, broker);
        }
    }

    /** CPU milliseconds of each part at one moment. */
    record Snapshot(
            long nanos,
            double command,
            double commandCompilers,
            double query,
            double queryCompilers,
            double postgres,
            double broker,
            double client,
            double machine) {

        static Snapshot take(Processes processes) {
            return new Snapshot(
                    System.nanoTime(),
                    processMillis(processes.command()),
                    compilerMillis(processes.command()),
                    processMillis(processes.query()),
                    compilerMillis(processes.query()),
                    treeMillis(processes.postgres()),
                    treeMillis(processes.broker()),
                    processMillis(ProcessHandle.current().pid()),
                    machineBusyMillis());
        }
    }

    /**
     * Where the machine's CPU went between two snapshots, divided by what was done in between
     * (commands, requests or seconds): each process, and the rest (the kernel's own threads, any
     * other program). Each service's figure includes its JIT compiler threads, which are also given
     * apart: compiling is what a JVM does in its first minutes, and it shows how far from its
     * steady state a service still was.
     */
    record Split(
            double command,
            double commandCompilers,
            double query,
            double queryCompilers,
            double postgres,
            double broker,
            double client,
            double rest,
            double machineBusyShare) {

        static Split perCommand(Snapshot before, Snapshot after, long commands) {
            return divided(before, after, commands);
        }

        /** CPU milliseconds per second of the wall clock: what each part spends while nothing is asked. */
        static Split perSecond(Snapshot before, Snapshot after) {
            return divided(before, after, (after.nanos() - before.nanos()) / 1e9);
        }

        private static Split divided(Snapshot before, Snapshot after, double by) {
            double command = after.command() - before.command();
            double query = after.query() - before.query();
            double postgres = after.postgres() - before.postgres();
            double broker = after.broker() - before.broker();
            double client = after.client() - before.client();
            double machine = after.machine() - before.machine();
            double wallMillis = (after.nanos() - before.nanos()) / 1e6;
            return new Split(
                    command / by,
                    (after.commandCompilers() - before.commandCompilers()) / by,
                    query / by,
                    (after.queryCompilers() - before.queryCompilers()) / by,
                    postgres / by,
                    broker / by,
                    client / by,
                    (machine - command - query - postgres - broker - client) / by,
                    machine / (wallMillis * Runtime.getRuntime().availableProcessors()));
        }

        /** The whole machine's, the benchmark's own clients apart (issue 22 counts the system alone). */
        double system() {
            return command + query + postgres + broker + rest;
        }
    }

    private CpuUse() {}

    /** User plus system CPU time of the process so far, in milliseconds; -1 when it cannot be read. */
    static double processMillis(long pid) {
        Stat stat = Stat.of(pid);
        return stat == null ? -1 : stat.ownTicks() * MILLIS_PER_TICK;
    }

    /**
     * CPU time of a process and all its descendants, in milliseconds, counting each once: a live
     * process by its own time, one that has ended by its parent's time for waited-for children
     * (PostgreSQL starts and reaps a backend per connection). 0 when there is no such process.
     */
    static double treeMillis(long pid) {
        if (pid <= 0) {
            return 0;
        }
        return ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants())
                                .map(process -> Stat.of(process.pid()))
                                .mapToLong(stat -> stat == null ? 0 : stat.ownTicks() + stat.childrenTicks())
                                .sum()
                        * MILLIS_PER_TICK)
                .orElse(0.0);
    }

    /**
     * CPU time of a JVM's JIT compiler threads (named "C1 CompilerThreadN" and "C2 CompilerThreadN",
     * which the kernel cuts to 15 characters), in milliseconds.
     */
    static double compilerMillis(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.map(thread -> Stat.read(thread.resolve("stat")))
                            .filter(stat -> stat != null
                                    && (stat.name().startsWith("C1 CompilerThre")
                                            || stat.name().startsWith("C2 CompilerThre")))
                            .mapToLong(Stat::ownTicks)
                            .sum()
                    * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** What a process's or thread's /proc stat file says of its name and CPU time, in clock ticks. */
    record Stat(String name, long utime, long stime, long cutime, long cstime) {

        /** The process's, or null when it cannot be read (it has ended, say). */
        static Stat of(long pid) {
            return read(Path.of("/proc", String.valueOf(pid), "stat"));
        }

        static Stat read(Path file) {
            try {
                String stat = Files.readString(file);
                // The name may hold spaces and parentheses; the fields that follow it are counted from its last ')'.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new Stat(
                        stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
                        Long.parseLong(fields[11]),
                        Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]),
                        Long.parseLong(fields[14]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        long ownTicks() {
            return utime + stime;
        }

        /** Of its children that have ended and been waited for. */
        long childrenTicks() {
            return cutime + cstime;
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
