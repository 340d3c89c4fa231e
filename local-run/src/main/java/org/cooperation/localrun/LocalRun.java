package org.cooperation.localrun;

import java.util.concurrent.CountDownLatch;
import org.cooperation.localinfra.OnExit;

/** {@code ./run-local}: the whole system on this machine until Ctrl-C. */
public final class LocalRun {

    /**
     * Held until this process ends. Kept in a field: a lock nothing refers to is closed by the
     * garbage collector, and a second run could then start on the same files.
     */
    private static RunLock lock;

    private LocalRun() {}

    public static void main(String[] args) throws Exception {
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        try {
            lock = RunLock.take(settings.dataDirectory().resolve("run.lock"));
        } catch (RunLock.HeldElsewhere e) {
            System.err.println(
                    "Another ./run-local is using " + settings.dataDirectory() + ". Stop it first (Ctrl-C in its"
                            + " terminal), or set LOCAL_DATA_DIR and the ports to run a second system beside it.");
            System.exit(1);
        }
        System.out.println("Starting the cooperation agreements system; data in " + settings.dataDirectory());
        long started = System.nanoTime();
        LocalSystem system;
        try {
            system = LocalSystem.start(settings);
        } catch (LocalSettings.PortsInUse e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered after the servers the system started, so the services stop before them.
        OnExit.stop(() -> {
            System.out.println("\nStopping...");
            system.close();
            System.out.println("Stopped.");
            stopped.countDown();
        });

        System.out.printf(
                """

                Ready in %.1f s.
                  command API   %s/api/agreements        (POST)
                  query API     %s/api/agreements/{id}   (GET)
                  console       %s/console               (sign in with a token from ./token)
                  tokens        ./token SECRETARIAT | ./token AUDITOR | ./token PARTNER JP-METI
                  PostgreSQL    %s
                  Kafka         %s   topic agreements.events.v1
                  logs          %s
                Press Ctrl-C to stop.
                %n""",
                (System.nanoTime() - started) / 1e9,
                system.commandService().url(),
                system.queryService().url(),
                system.queryService().url(),
                system.postgres() == null
                        ? settings.databaseUrl()
                        : system.postgres().jdbcUrl("agreements"),
                system.kafka() == null
                        ? settings.kafkaBootstrapServers()
                        : system.kafka().bootstrapServers(),
                settings.dataDirectory().resolve("logs"));
        stopped.await();
    }
}
