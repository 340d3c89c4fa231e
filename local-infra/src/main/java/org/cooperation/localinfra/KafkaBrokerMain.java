package org.cooperation.localinfra;

import java.io.IOException;

/**
 * Entry point of the child JVM that {@link LocalKafka} starts: runs {@code kafka.Kafka} and exits
 * when the parent JVM is gone. The parent holds the child's stdin open and never writes to it,
 * so end-of-file means the parent died, even by {@code kill -9}, which skips its shutdown hooks.
 * Exiting normally lets Kafka's own shutdown hook close the broker cleanly.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) {
        Thread watchdog = new Thread(KafkaBrokerMain::exitWhenParentDies, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }

    private static void exitWhenParentDies() {
        try {
            while (System.in.read() != -1) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end-of-file: the parent is gone.
        }
        System.exit(0);
    }
}
