package org.cooperation.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived command to completion and returns what it printed. */
final class Commands {

    private Commands() {}

    /**
     * Runs the command, failing with its output when it exits non-zero or overruns the timeout.
     * Output goes to a file rather than a pipe: pg_ctl starts a daemon, and a pipe inherited by a
     * daemon would never reach end-of-file.
     */
    static String run(List<String> command, Path workingDirectory, Duration timeout) {
        Path output = null;
        try {
            output = Files.createTempFile("local-infra-", ".out");
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(
                        describe(command) + " did not finish within " + timeout + ":\n" + read(output));
            }
            String printed = read(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        describe(command) + " failed with exit code " + process.exitValue() + ":\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + describe(command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + describe(command), e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Whether the command exits with 0; for checks whose failure the caller explains itself. */
    static boolean succeeds(List<String> command, Path workingDirectory, Duration timeout) {
        try {
            run(command, workingDirectory, timeout);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String describe(List<String> command) {
        return "'" + String.join(" ", command) + "'";
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temp file of a few bytes is not worth failing the caller for.
        }
    }
}
