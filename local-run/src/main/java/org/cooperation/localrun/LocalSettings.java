package org.cooperation.localrun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperation.localinfra.FreePorts;

/**
 * Where the local system keeps its data and which ports it uses, read from the environment.
 * {@code DATABASE_URL} and {@code KAFKA_BOOTSTRAP_SERVERS} point at external servers instead of
 * starting local ones.
 */
public record LocalSettings(
        Path dataDirectory,
        Path servicesRoot,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String kafkaBootstrapServers,
        int postgresPort,
        int kafkaPort,
        int commandPort,
        int queryPort,
        List<String> jvmOptions) {

    /**
     * Each service within 512 MB of resident memory: besides the heap, a service holds about
     * 230 MB that no heap option bounds (metaspace, compiled code, symbols, thread stacks,
     * malloc), and after a rebuild of 1,000,000 events the serial collector keeps the heap at its
     * maximum. With 384 MB of heap query-service ended the benchmark at 610 MB; with 256 MB, at
     * 485 MB (docs/performance.md). The heap starts small because on a machine with more than
     * 16 GB the JVM's default initial heap (1/64 of the memory) is the maximum: the whole heap is
     * committed from the start, the serial collector never gives back a page once touched, and
     * command-service crept up to 507–512 MB after (a) though its live data is under 100 MB.
     */
    static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC";

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        return new LocalSettings(
                Path.of(env.getOrDefault("LOCAL_DATA_DIR", ".local")).toAbsolutePath(),
                Path.of(System.getProperty("local.services.root", "."))
                        .toAbsolutePath()
                        .normalize(),
                blankToNull(env.get("DATABASE_URL")),
                env.getOrDefault("DATABASE_USER", "postgres"),
                env.getOrDefault("DATABASE_PASSWORD", ""),
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                Integer.parseInt(env.getOrDefault("LOCAL_POSTGRES_PORT", "15432")),
                Integer.parseInt(env.getOrDefault("LOCAL_KAFKA_PORT", "19092")),
                Integer.parseInt(env.getOrDefault("COMMAND_SERVICE_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("QUERY_SERVICE_PORT", "8081")),
                List.of(env.getOrDefault("SERVICE_JVM_OPTIONS", DEFAULT_JVM_OPTIONS)
                        .split("\\s+")));
    }

    /**
     * Fails, naming the setting to change, when a port this run would listen on is taken by another
     * program: clearer than the stack trace a server prints when it cannot bind. Port 0 picks a free one.
     */
    public void requirePortsFree() {
        List<String> taken = new ArrayList<>();
        if (databaseUrl == null) {
            taken(taken, postgresPort, "LOCAL_POSTGRES_PORT", "PostgreSQL");
        }
        if (kafkaBootstrapServers == null) {
            taken(taken, kafkaPort, "LOCAL_KAFKA_PORT", "the Kafka broker");
        }
        taken(taken, commandPort, "COMMAND_SERVICE_PORT", "command-service");
        taken(taken, queryPort, "QUERY_SERVICE_PORT", "query-service");
        if (!taken.isEmpty()) {
            throw new PortsInUse(String.join("\n", taken));
        }
    }

    private static void taken(List<String> taken, int port, String variable, String what) {
        if (port != 0 && !FreePorts.isFree(port)) {
            taken.add("Port " + port + " for " + what + " is in use by another program: stop it, or set " + variable
                    + " to a free port.");
        }
    }

    /** A port the run needs is taken; the message says which and what to set. */
    public static final class PortsInUse extends IllegalStateException {
        PortsInUse(String message) {
            super(message);
        }
    }

    /** Where the local run keeps its signing key: both services trust it, {@code ./token} signs with it. */
    public Path identityDirectory() {
        return dataDirectory.resolve("identity");
    }

    public LocalSettings withDataDirectory(Path directory) {
        return new LocalSettings(
                directory,
                servicesRoot,
                databaseUrl,
                databaseUser,
                databasePassword,
                kafkaBootstrapServers,
                postgresPort,
                kafkaPort,
                commandPort,
                queryPort,
                jvmOptions);
    }

    /** The ports to use; 0 for any of them picks a free one when the system starts. */
    public LocalSettings withPorts(int postgres, int kafka, int command, int query) {
        return new LocalSettings(
                dataDirectory,
                servicesRoot,
                databaseUrl,
                databaseUser,
                databasePassword,
                kafkaBootstrapServers,
                postgres,
                kafka,
                command,
                query,
                jvmOptions);
    }

    public LocalSettings withJvmOptions(List<String> options) {
        return new LocalSettings(
                dataDirectory,
                servicesRoot,
                databaseUrl,
                databaseUser,
                databasePassword,
                kafkaBootstrapServers,
                postgresPort,
                kafkaPort,
                commandPort,
                queryPort,
                List.copyOf(options));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
