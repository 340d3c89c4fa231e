package org.cooperation.localinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server started from the binaries in a Maven Central jar, for tests, the local
 * run, benchmarks and fault injection on machines with nothing but a JDK.
 *
 * <pre>{@code
 * try (LocalPostgres postgres = LocalPostgres.builder().dataDirectory(dir).port(5432).start()) {
 *     postgres.createDatabase("orders");
 *     DriverManager.getConnection(postgres.jdbcUrl("orders"), postgres.username(), postgres.password());
 * }
 * }</pre>
 *
 * The server listens on 127.0.0.1 only and trusts every local connection, so the password is
 * never checked. Under root it runs as the user {@value ServerUser#UNPRIVILEGED}.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    private static final String LOG_FILE = "server.log";
    private static LocalPostgres shared;

    private final Path installation;
    private final Path dataDirectory;
    private final int port;
    private final boolean fsync;
    private final Duration timeout;
    private final ServerUser serverUser;
    private final boolean sharedInstance;
    private boolean running;

    private LocalPostgres(Builder builder, Path dataDirectory, boolean sharedInstance) {
        this.installation = PostgresBinaries.installation();
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = FreePorts.orPick(builder.port);
        this.fsync = builder.fsync;
        this.timeout = builder.timeout;
        this.serverUser = ServerUser.forCurrentProcess();
        this.sharedInstance = sharedInstance;
        boolean throwAway = builder.dataDirectory == null;
        OnExit.stop(() -> {
            stopQuietly();
            if (throwAway) {
                Directories.deleteQuietly(this.dataDirectory);
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One throw-away server per JVM (temporary data directory, fsync off), started on first use,
     * so every integration test class in a JVM shares it. It stops when the JVM exits;
     * {@link #close()} leaves it running for the next test class.
     */
    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            Builder builder = builder().fsync(false);
            LocalPostgres server = new LocalPostgres(builder, Directories.throwAway("cooperation-pg-shared-"), true);
            server.start();
            shared = server;
        }
        return shared;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Any password works, because local connections are trusted; this one is for tools that want one. */
    public String password() {
        return SUPERUSER;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * The server's postmaster (the parent of every backend), from the first line of its
     * postmaster.pid, or -1 when it is not running here.
     */
    public synchronized long pid() {
        if (!running) {
            return -1;
        }
        try (BufferedReader lines = Files.newBufferedReader(dataDirectory.resolve("postmaster.pid"))) {
            return Long.parseLong(lines.readLine().trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            // Another caller may have created it between our check and our CREATE.
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + name, e);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Starts the server, initialising the data directory first if it holds no cluster yet, and
     * returns once it accepts connections. Also starts it again after a stop.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        serverUser.takeOwnership(dataDirectory, installation);
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initdb();
        }
        // A server already running on these files was started by someone else (a second ./run-local,
        // say): starting would fail, and the clean-up below would stop that server under its owner.
        if (Commands.succeeds(
                serverUser.command(List.of(binary("pg_ctl"), "status", "-D", dataDirectory.toString())),
                installation,
                timeout)) {
            throw new IllegalStateException("Another PostgreSQL server runs on " + dataDirectory
                    + " (another run using the same files?); it was left running, and this one was not started.");
        }
        // pg_ctl -w returns once postmaster.pid reports "ready", i.e. once connections are accepted.
        List<String> start = List.of(
                binary("pg_ctl"),
                "start",
                "-w",
                "-t",
                String.valueOf(timeout.toSeconds()),
                "-D",
                dataDirectory.toString(),
                "-l",
                logFile().toString(),
                "-o",
                serverOptions());
        try {
            Commands.run(serverUser.command(start), installation, timeout.plusSeconds(10));
        } catch (IllegalStateException e) {
            String log = LogFiles.tail(logFile());
            // pg_ctl gives up waiting but leaves a slow server running; nothing would stop it later.
            Commands.succeeds(stopCommand("immediate"), installation, timeout);
            throw new IllegalStateException(
                    "PostgreSQL did not start on port " + port + ": " + e.getMessage() + "\n" + log, e);
        }
        running = true;
    }

    private void initdb() {
        List<String> initdb = new ArrayList<>(List.of(
                binary("initdb"),
                "-D",
                dataDirectory.toString(),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale"));
        if (!fsync) {
            initdb.add("--no-sync");
        }
        Commands.run(serverUser.command(initdb), installation, timeout);
    }

    /**
     * Settings passed on every start rather than written into postgresql.conf, so they follow the
     * builder even for a data directory made by an older run. Unix sockets are off: TCP on
     * 127.0.0.1 is all clients need, and no socket file is left in /tmp after a crash.
     */
    private String serverOptions() {
        return String.join(
                " ",
                "-c listen_addresses=127.0.0.1",
                "-c port=" + port,
                "-c unix_socket_directories=''",
                "-c max_connections=200",
                "-c shared_buffers=128MB",
                "-c fsync=" + (fsync ? "on" : "off"));
    }

    /** A clean shutdown: sessions are disconnected, and everything is flushed to disk. */
    public synchronized void stop() {
        stop("fast");
    }

    /**
     * Stops like a crash: the server quits without a checkpoint, and the next {@link #start()}
     * runs crash recovery. For fault-injection tests.
     */
    public synchronized void stopImmediate() {
        stop("immediate");
    }

    private void stop(String mode) {
        if (!running) {
            return;
        }
        Commands.run(stopCommand(mode), installation, timeout.plusSeconds(10));
        running = false;
    }

    private List<String> stopCommand(String mode) {
        return serverUser.command(List.of(
                binary("pg_ctl"),
                "stop",
                "-w",
                "-t",
                String.valueOf(timeout.toSeconds()),
                "-m",
                mode,
                "-D",
                dataDirectory.toString()));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("Could not stop PostgreSQL in " + dataDirectory + ": " + e.getMessage());
        }
    }

    /** Stops the server; the shared server ignores this and stops with the JVM. */
    @Override
    public void close() {
        if (!sharedInstance) {
            stop();
        }
    }

    private String binary(String name) {
        return installation.resolve("bin").resolve(name).toString();
    }

    private Path logFile() {
        return dataDirectory.resolve(LOG_FILE);
    }

    public static final class Builder {

        private Path dataDirectory;
        private int port;
        private boolean fsync = true;
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * Where the cluster lives. An initialised directory is reused, so data survives restarts;
         * an empty or missing one is initialised. Without one, a temporary directory is used and
         * deleted when the JVM exits.
         */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The TCP port on 127.0.0.1; 0, the default, picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Turning fsync off speeds up tests at the price of losing data when the machine crashes. */
        public Builder fsync(boolean fsync) {
            this.fsync = fsync;
            return this;
        }

        /** How long initdb, start and stop may each take. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public LocalPostgres start() {
            Path directory = dataDirectory != null ? dataDirectory : Directories.throwAway("cooperation-pg-");
            LocalPostgres server = new LocalPostgres(this, directory, false);
            server.start();
            return server;
        }
    }
}
