package org.cooperation.localrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md as ReadmeIT reads it: the code blocks and tables marked {@code <!-- run by ReadmeIT: name -->},
 * and the answers its prose says they get. Read from the file itself, so that the test runs what a
 * reader copies.
 */
final class Readme {

    private static final Pattern MARKER = Pattern.compile("<!-- run by ReadmeIT: ([a-z-]+) -->\n");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\w+) \\| `(.+)` \\|$", Pattern.MULTILINE);

    /** A command-table row: where the example goes, the command's name and its body. */
    record Row(String path, String command, String body) {}

    private final String text;

    private Readme(String text) {
        this.text = text;
    }

    static Readme read(Path file) throws IOException {
        return new Readme(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The names of the marked blocks and tables, in the order in which the README gives them. */
    List<String> runNames() {
        List<String> names = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            names.add(marker.group(1));
        }
        return names;
    }

    /** The shell code of the fenced block right after the marker, as a reader copies it. */
    String block(String name) {
        int start = afterMarker(name);
        if (!text.startsWith("```bash\n", start)) {
            throw new IllegalStateException("no ```bash block follows the marker " + name);
        }
        int body = start + "```bash\n".length();
        return text.substring(body, text.indexOf("\n```\n", body) + 1);
    }

    /** The rows of the table right after the marker. */
    List<Row> table(String name) {
        int start = afterMarker(name);
        int end = text.indexOf("\n\n", start);
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(text.substring(start, end));
        while (row.find()) {
            rows.add(new Row(row.group(1), row.group(2), row.group(3)));
        }
        return rows;
    }

    /** What the README says between the end of the block and the next marked one: the answers it promises. */
    String proseAfter(String name) {
        int start = afterMarker(name);
        int end = text.indexOf("\n```\n", start) + 5;
        Matcher next = MARKER.matcher(text);
        return text.substring(end, next.find(end) ? next.start() : text.length());
    }

    /** The paragraph right before the marker, which introduces what follows. */
    String paragraphBefore(String name) {
        int blankLine = text.indexOf("\n\n<!-- run by ReadmeIT: " + name + " -->");
        return text.substring(text.lastIndexOf("\n\n", blankLine - 1), blankLine);
    }

    private int afterMarker(String name) {
        String marker = "<!-- run by ReadmeIT: " + name + " -->\n";
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("README.md has no marker " + marker.strip());
        }
        return at + marker.length();
    }

    /** The first status code the text names in backticks, e.g. {@code `201 Created`} or {@code `201`}. */
    static int statusIn(String said) {
        return Integer.parseInt(first(said, "`(\\d{3})[ `]"));
    }

    /** The value of a header the text names in backticks, e.g. {@code `ETag: "0"`}. */
    static String headerIn(String said, String header) {
        return first(said, "`" + Pattern.quote(header) + ": ([^`]+)`");
    }

    /** The first JSON object the text names in backticks. */
    static String jsonIn(String said) {
        return first(said, "`(\\{\"[^`]*\\})`");
    }

    static String first(String said, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(said);
        if (!matcher.find()) {
            throw new AssertionError("README.md no longer says " + regex + " here:\n" + said);
        }
        return matcher.group(1);
    }
}
