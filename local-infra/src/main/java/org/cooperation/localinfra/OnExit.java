package org.cooperation.localinfra;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What to stop when the JVM exits, stopped by one shutdown hook, last registered first: what
 * started last stops first, as with try-with-resources. The JVM runs separate hooks all at once;
 * with a hook each, Ctrl-C of {@code ./run-local} stopped the broker and the database while the
 * services were still shutting down (their last publishing batch and scheduler run failed).
 */
public final class OnExit {

    private static final OnExit JVM = new OnExit();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(JVM::stopAll, "on-exit"));
    }

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    OnExit() {}

    /** Runs {@code task} when this JVM exits, before whatever was registered earlier. */
    public static void stop(Runnable task) {
        JVM.register(task);
    }

    synchronized void register(Runnable task) {
        tasks.push(task);
    }

    /** Runs every task once, newest first; one that fails does not keep the others from running. */
    void stopAll() {
        Runnable task;
        while ((task = next()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    private synchronized Runnable next() {
        return tasks.poll();
    }
}
