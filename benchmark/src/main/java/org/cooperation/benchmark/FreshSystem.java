package org.cooperation.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.cooperation.localinfra.Directories;
import org.cooperation.localinfra.LocalPostgres;
import org.cooperation.localrun.LocalSettings;
import org.cooperation.localrun.LocalSystem;

/**
 * A system of its own for a figure beside the main benchmark, on an empty data folder: on the last
 * run's data the seeded agreements were already there, so the wait for them ended at once while the
 * projection still worked through the new copies of their events (docs/performance.md). With the
 * benchmark's client of each API, a connection to the database for the SQL baselines, and a writer of
 * synthetic histories to the topic. {@code SERVICE_JVM_OPTIONS} in the environment reaches the services.
 */
record FreshSystem(LocalSystem system, Api api, Connection sql, SyntheticHistory history) implements AutoCloseable {

    static FreshSystem start(String dataFolder) throws Exception {
        Path data = Path.of("target", dataFolder).toAbsolutePath();
        Directories.deleteRecursively(data);
        Files.createDirectories(data);
        LocalSettings settings = LocalSettings.fromEnvironment(
                        System.getenv().containsKey("SERVICE_JVM_OPTIONS")
                                ? Map.of("SERVICE_JVM_OPTIONS", System.getenv("SERVICE_JVM_OPTIONS"))
                                : Map.of())
                .withDataDirectory(data)
                .withPorts(0, 0, 0, 0);
        LocalSystem system = LocalSystem.start(settings);
        try {
            LocalPostgres postgres = system.postgres();
            Api api =
                    new Api(system.commandService().url(), system.queryService().url(), Tokens.benchmark(system));
            Connection sql = DriverManager.getConnection(
                    postgres.jdbcUrl("agreements"), postgres.username(), postgres.password());
            return new FreshSystem(
                    system, api, sql, new SyntheticHistory(system.kafka().bootstrapServers()));
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try (LocalSystem stopped = system;
                Connection closed = sql;
                SyntheticHistory flushed = history) {
            // Closed in the reverse order: the writer, the connection, then the system.
        }
    }
}
