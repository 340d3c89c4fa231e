package org.cooperation.localrun;

import java.util.concurrent.CountDownLatch;
import org.cooperation.localinfra.OnExit;

/** {@code ./run-local}: the whole system on this machine until Ctrl-C. */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        System.out.println("Starting the cooperation agreements system; data in " + settings.dataDirectory());
        long started = System.nanoTime();
        LocalSystem system = LocalSystem.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered after the servers the system started, so the services stop before them.
        OnExit.stop(() -> {
            System.out.println("\nStopping...");
            system.close();
            System.out.println("Stopped.");
            stopped.countDown();
        });

        System.out.printf("""

                Ready in %.1f s.
                  command API   %s/api/agreements        (POST)
                  query API     %s/api/agreements/{id}   (GET)
                  tokens        ./token SECRETARIAT | ./token AUDITOR | ./token PARTNER JP-METI
                  PostgreSQL    %s
                  Kafka         %s   topic agreements.events.v1
                  logs          %s
                Press Ctrl-C to stop.
                %n""",
                (System.nanoTime() - started) / 1e9,
                system.commandService().url(), system.queryService().url(),
                system.postgres() == null ? settings.databaseUrl() : system.postgres().jdbcUrl("agreements"),
                system.kafka() == null ? settings.kafkaBootstrapServers() : system.kafka().bootstrapServers(),
                settings.dataDirectory().resolve("logs"));
        stopped.await();
    }
}
