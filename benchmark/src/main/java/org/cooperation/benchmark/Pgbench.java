package org.cooperation.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's own speed: PostgreSQL's pgbench, a single-row INSERT and COMMIT per
 * transaction from 16 clients, against the same server the services use.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {}

    /** Where Debian puts pgbench (postgresql-contrib), if it is installed here. */
    static Optional<Path> find() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench"))
                    .filter(Files::isExecutable)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Transactions per second of single-row insert+commit at {@code clients} clients. */
    static double insertTps(
            String jdbcUrl,
            String host,
            int port,
            String user,
            String database,
            int clients,
            int seconds,
            Path workDirectory)
            throws IOException, InterruptedException, SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS public.pgbench_single_row (id BIGSERIAL PRIMARY KEY, "
                            + "agreement_id TEXT NOT NULL, payload BYTEA NOT NULL, recorded_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        Path script = workDirectory.resolve("single-row-insert.sql");
        Files.writeString(
                script,
                "\\set n random(1, 1000000)\n"
                        + "INSERT INTO public.pgbench_single_row (agreement_id, payload) "
                        + "VALUES ('agreement-' || :n, convert_to(repeat('x', 600), 'UTF8'));\n");
        Process process = new ProcessBuilder(
                        find().orElseThrow(Pgbench::missing).toString(),
                        "-n",
                        "-c",
                        String.valueOf(clients),
                        "-j",
                        "2",
                        "-T",
                        String.valueOf(seconds),
                        "-f",
                        script.toString(),
                        "-h",
                        host,
                        "-p",
                        String.valueOf(port),
                        "-U",
                        user,
                        database)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("pgbench not found: apt-get install postgresql-contrib (./benchmark does it)");
    }
}
