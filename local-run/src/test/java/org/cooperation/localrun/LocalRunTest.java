package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cooperation.localinfra.FreePorts;
import org.junit.jupiter.api.Test;

/** {@code ./run-local} refuses to start, saying why, before it starts any server. */
class LocalRunTest {

    private static final Path DATA = Path.of("target", "local-run-test").toAbsolutePath();

    @Test
    void aSecondRunOnTheSameDataStopsAtOnceAndSaysWhy() throws Exception {
        try (RunLock first = RunLock.take(DATA.resolve("run.lock"))) {
            Run second = run(Map.of("LOCAL_DATA_DIR", DATA.toString()));

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.output())
                    .contains("Another ./run-local is using " + DATA)
                    .doesNotContain("Starting");
        }
    }

    @Test
    void namesATakenPortAndTheSettingThatMovesIt() throws Exception {
        int port = FreePorts.pick();
        try (ServerSocket otherProgram = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = run(Map.of(
                    "LOCAL_DATA_DIR",
                    DATA.resolve("ports").toString(),
                    "QUERY_SERVICE_PORT",
                    String.valueOf(port),
                    "LOCAL_POSTGRES_PORT",
                    "0",
                    "LOCAL_KAFKA_PORT",
                    "0",
                    "COMMAND_SERVICE_PORT",
                    "0"));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output())
                    .contains("Port " + port + " for query-service is in use by another program: stop it,"
                            + " or set QUERY_SERVICE_PORT to a free port.");
            assertThat(DATA.resolve("ports").resolve("postgres")).doesNotExist();
        }
    }

    private record Run(int exitCode, String output) {}

    /** {@code ./run-local} in a process of its own, as a user starts it. */
    private static Run run(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalRun.class.getName())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
