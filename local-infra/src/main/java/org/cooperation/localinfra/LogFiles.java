package org.cooperation.localinfra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the end of a server's log for error messages. */
final class LogFiles {

    private static final int TAIL_LINES = 80;

    private LogFiles() {}

    /** The last lines of the log, or a note saying why there are none. */
    static String tail(Path log) {
        if (!Files.exists(log)) {
            return "(no log file at " + log + ")";
        }
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return "--- last " + last.size() + " lines of " + log + " ---\n" + String.join("\n", last);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
