package org.cooperation.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a server in a session of its own, as {@code pg_ctl} does for PostgreSQL: Ctrl-C in the
 * terminal (SIGINT to the whole foreground process group) then reaches only the JVM that started
 * it, which stops the services first and the server after them ({@link OnExit}). In the terminal's
 * group, the broker stopped at the same moment as the services still sending to it.
 */
final class OwnSession {

    /** util-linux, on every Debian system; without it the command runs as given. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private OwnSession() {}

    static List<String> command(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> inOwnSession = new ArrayList<>(command.size() + 1);
        inOwnSession.add(SETSID.toString());
        inOwnSession.addAll(command);
        return inOwnSession;
    }
}
