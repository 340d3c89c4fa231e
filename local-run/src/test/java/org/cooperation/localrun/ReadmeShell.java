package org.cooperation.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One bash session, as a reader's terminal: the README's blocks run in it one after another, so
 * that a variable one block sets ({@code TOKEN}, {@code QUERY_API}) is there for the next. Its
 * {@code curl} is wrapped to keep each answer (status line, headers, body) for the test; the command
 * line itself runs as written.
 */
final class ReadmeShell implements AutoCloseable {

    private static final String DONE = "<<readme-block-done>>";
    private static final String EXITED = "<<shell-exited>>";

    /** One answer that curl received: its status, headers and body. */
    record Answer(int status, List<String> headers, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .findFirst();
        }
    }

    /** What a block printed and the answers its curl calls received, in order. */
    record Outcome(String output, List<Answer> answers) {

        Answer single() {
            if (answers.size() != 1) {
                throw new AssertionError("expected one answer, got " + answers.size() + ":\n" + output);
            }
            return answers.get(0);
        }
    }

    private final Process bash;
    private final Writer input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path trace;
    private int answersSeen;

    ReadmeShell(Path directory, Map<String, String> environment, Path trace) throws IOException {
        this.trace = Files.createDirectories(trace);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-s")
                .directory(directory.toFile())
                .redirectErrorStream(true);
        // A fresh terminal: nothing of the build's environment but where programs and home are.
        Map<String, String> terminal = builder.environment();
        terminal.keySet().retainAll(List.of("PATH", "HOME", "LANG"));
        terminal.putAll(environment);
        builder.environment().put("README_TRACE", trace.toString());
        bash = builder.start();
        input = new OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "readme-shell-output");
        reader.setDaemon(true);
        reader.start();
        // A command that fails ends the session, as a failed step would stop a reader.
        send("""
                set -e
                echo 0 > "$README_TRACE/count"
                curl() {
                  local n=$(( $(cat "$README_TRACE/count") + 1 ))
                  echo "$n" > "$README_TRACE/count"
                  command curl -sS -D "$README_TRACE/$n.head" "$@" > "$README_TRACE/$n.out"
                  cat "$README_TRACE/$n.out"
                }
                """);
    }

    /** Runs the block as if pasted (its stdin is not the session's script), and waits until it is done. */
    Outcome run(String block) throws IOException, InterruptedException {
        send("{\n" + block + "\n} < /dev/null\nprintf '\\n%s\\n' '" + DONE + "'\n");
        StringBuilder output = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EXITED)) {
                throw new AssertionError((line == null ? "the block did not finish in 2 minutes" : "the block failed")
                        + ":\n" + block + "\noutput:\n" + output);
            }
            if (line.equals(DONE)) {
                break;
            }
            output.append(line).append('\n');
        }
        List<Answer> answers = new ArrayList<>();
        int count = Integer.parseInt(Files.readString(trace.resolve("count")).strip());
        for (int n = answersSeen + 1; n <= count; n++) {
            answers.add(answer(n));
        }
        answersSeen = count;
        System.out.print(output);
        return new Outcome(output.toString(), answers);
    }

    private Answer answer(int n) throws IOException {
        // The last header block counts: curl may first receive "100 Continue".
        String head = Files.readString(trace.resolve(n + ".head"), StandardCharsets.ISO_8859_1);
        String last = head.substring(head.lastIndexOf("HTTP/")).strip();
        List<String> headers = last.lines().toList();
        int status = Integer.parseInt(headers.get(0).split(" ")[1]);
        String out = Files.readString(trace.resolve(n + ".out"), StandardCharsets.UTF_8);
        // With curl -i the headers come first on its output too.
        while (out.startsWith("HTTP/")) {
            out = out.substring(out.indexOf("\r\n\r\n") + 4);
        }
        return new Answer(status, headers.subList(1, headers.size()), out);
    }

    private void send(String script) throws IOException {
        input.write(script);
        input.flush();
    }

    private void readOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e + ")");
        }
        lines.add(EXITED);
    }

    @Override
    public void close() throws InterruptedException {
        bash.destroy();
        bash.waitFor(10, TimeUnit.SECONDS);
    }
}
