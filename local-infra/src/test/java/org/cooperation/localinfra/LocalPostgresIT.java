package org.cooperation.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class LocalPostgresIT {

    @Test
    void answersJdbcQueriesOnLoopback() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .dataDirectory(TestDirectories.fresh("pg"))
                .fsync(false)
                .start()) {
            assertTrue(postgres.port() > 0);
            assertEquals("127.0.0.1", queryString(postgres, "postgres", "SELECT current_setting('listen_addresses')"));
            assertEquals("200", queryString(postgres, "postgres", "SELECT current_setting('max_connections')"));
            assertEquals(
                    "UTF8",
                    queryString(
                            postgres,
                            "postgres",
                            "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'postgres'"));
        }
    }

    @Test
    void keepsFsyncOnUnlessToldOtherwise() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .dataDirectory(TestDirectories.fresh("pg-fsync"))
                .start()) {
            assertEquals("on", queryString(postgres, "postgres", "SELECT current_setting('fsync')"));
        }
    }

    @Test
    void createsADatabaseOnlyOnce() throws SQLException {
        LocalPostgres postgres = LocalPostgres.shared();
        postgres.createDatabase("orders");
        postgres.createDatabase("orders");

        assertEquals("orders", queryString(postgres, "orders", "SELECT current_database()"));
    }

    @Test
    void keepsDataAcrossRestart() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .dataDirectory(TestDirectories.fresh("pg-restart"))
                .start()) {
            execute(postgres, "CREATE TABLE agreement (id int PRIMARY KEY, title text)");
            execute(postgres, "INSERT INTO agreement VALUES (1, 'Paris')");

            postgres.stop();
            postgres.start();

            assertEquals("Paris", queryString(postgres, "postgres", "SELECT title FROM agreement WHERE id = 1"));
        }
    }

    @Test
    void leavesAServerOnTheSameFilesRunningWhenAskedToStartBesideIt() throws SQLException {
        Path directory = TestDirectories.fresh("pg-twice");
        try (LocalPostgres first =
                LocalPostgres.builder().dataDirectory(directory).fsync(false).start()) {
            execute(first, "CREATE TABLE agreement (id int)");

            // A second run on the same files, as a second ./run-local would start it.
            LocalPostgres.Builder second =
                    LocalPostgres.builder().dataDirectory(directory).fsync(false);
            IllegalStateException refused = assertThrows(IllegalStateException.class, second::start);

            assertEquals("0", queryString(first, "postgres", "SELECT count(*) FROM agreement"));
            assertTrue(
                    refused.getMessage().contains("Another PostgreSQL server runs on " + directory),
                    refused.getMessage());
        }
    }

    @Test
    void recoversCommittedDataAfterAnImmediateStop() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .dataDirectory(TestDirectories.fresh("pg-crash"))
                .start()) {
            execute(postgres, "CREATE TABLE agreement (id int PRIMARY KEY)");
            execute(postgres, "INSERT INTO agreement VALUES (1)");

            postgres.stopImmediate();
            postgres.start();

            assertEquals("1", queryString(postgres, "postgres", "SELECT count(*) FROM agreement"));
        }
    }

    @Test
    void reusesAnInitialisedDirectoryWithoutRunningInitdbAgain() throws SQLException {
        Path directory = TestDirectories.fresh("pg-reuse");
        String clusterBefore;
        try (LocalPostgres first =
                LocalPostgres.builder().dataDirectory(directory).fsync(false).start()) {
            execute(first, "CREATE TABLE marker (id int)");
            clusterBefore = queryString(first, "postgres", "SELECT system_identifier FROM pg_control_system()");
        }

        try (LocalPostgres second =
                LocalPostgres.builder().dataDirectory(directory).fsync(false).start()) {
            // initdb would mint a new system identifier and drop the table.
            assertEquals(
                    clusterBefore,
                    queryString(second, "postgres", "SELECT system_identifier FROM pg_control_system()"));
            assertEquals("0", queryString(second, "postgres", "SELECT count(*) FROM marker"));
        }
    }

    @Test
    void sharesOneServerPerJvm() {
        LocalPostgres shared = LocalPostgres.shared();
        shared.close();

        assertSame(shared, LocalPostgres.shared());
        assertTrue(shared.isRunning());
    }

    private static void execute(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres, "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(LocalPostgres postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getString(1);
        }
    }

    private static Connection connect(LocalPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
