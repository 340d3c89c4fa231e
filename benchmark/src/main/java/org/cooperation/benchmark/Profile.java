package org.cooperation.benchmark;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code --profile}: CPU samples of a service during (a), taken by async-profiler (Maven Central
 * {@code tools.profiler:async-profiler}, whose jar carries the Linux agent), loaded into the
 * running JVM through the attach API once the warm-up is over. A JFR recording started during the
 * load set off thousands of compilations (docs/performance.md); an agent sampling by timer does
 * not. Writes the collapsed stacks, and says which frames the CPU was in.
 */
final class Profile {

    private static final String AGENT = "linux-x64/libasyncProfiler.so";
    /**
     * itimer needs no perf_events, which containers often forbid; each stack starts with its
     * thread's name, so that the samples can be told apart by what the thread does.
     */
    private static final String START = "start,event=itimer,interval=1ms,threads";

    private final long pid;
    private final Path collapsed;

    private Profile(long pid, Path collapsed) {
        this.pid = pid;
        this.collapsed = collapsed;
    }

    static Profile start(long pid, Path collapsed) throws Exception {
        load(pid, START);
        return new Profile(pid, collapsed);
    }

    /** Stops sampling and returns the samples, each stack from its root to the frame that ran. */
    Samples stop() throws Exception {
        Files.createDirectories(collapsed.getParent());
        load(pid, "stop,collapsed,file=" + collapsed);
        return Samples.read(collapsed);
    }

    private static void load(long pid, String options) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            vm.loadAgentPath(agent().toString(), options);
        } finally {
            vm.detach();
        }
    }

    private static Path agent() throws IOException {
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "cooperation-benchmark-libasyncProfiler.so");
        if (!Files.exists(copy)) {
            try (InputStream library = Profile.class.getClassLoader().getResourceAsStream(AGENT)) {
                if (library == null) {
                    throw new IllegalStateException(AGENT + " is not on the benchmark's classpath");
                }
                Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    /**
     * Collapsed stacks ("[thread tid=N];root;...;leaf count"), counted by thread (its name with the
     * numbers that tell a pool's threads apart made N), by the frame that ran and by every frame on
     * the stack.
     */
    record Samples(long total, Map<String, Long> threads, Map<String, Long> self, Map<String, Long> inclusive) {

        static Samples read(Path collapsed) throws IOException {
            Map<String, Long> threads = new HashMap<>();
            Map<String, Long> self = new HashMap<>();
            Map<String, Long> inclusive = new HashMap<>();
            long total = 0;
            for (String line : Files.readAllLines(collapsed)) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                long count = Long.parseLong(line.substring(space + 1).trim());
                String[] frames = line.substring(0, space).split(";");
                total += count;
                if (frames[0].startsWith("[")) {
                    threads.merge(threadKind(frames[0]), count, Long::sum);
                }
                self.merge(frames[frames.length - 1], count, Long::sum);
                // A recursive frame counts once per sample.
                Set<String> seen = new HashSet<>();
                for (String frame : frames) {
                    if (seen.add(frame)) {
                        inclusive.merge(frame, count, Long::sum);
                    }
                }
            }
            return new Samples(total, threads, self, inclusive);
        }

        /** "[http-nio-8080-exec-12 tid=4711]" is one of "http-nio-N-exec-N", "[C2 CompilerThread1 tid=9]" of "C2 CompilerThreadN". */
        static String threadKind(String frame) {
            return frame.substring(1, frame.length() - 1)
                    .replaceAll(" tid=\\d+$", "")
                    .replaceAll("-\\d+", "-N")
                    .replaceAll("\\d+$", "N");
        }

        /** The frames with the most samples, as a Markdown table with their shares. */
        String top(String heading, Map<String, Long> counts, int rows) {
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
            sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            StringBuilder table =
                    new StringBuilder(String.format(Locale.ROOT, "| %s | samples | share |%n|---|---|---|%n", heading));
            sorted.stream()
                    .limit(rows)
                    .forEach(entry -> table.append(String.format(
                            Locale.ROOT,
                            "| `%s` | %d | %.1f %% |%n",
                            entry.getKey().replace("|", "\\|"),
                            entry.getValue(),
                            100.0 * entry.getValue() / Math.max(1, total))));
            return table.toString();
        }

        /** The frames of this project's own packages, by the samples under them. */
        Map<String, Long> ours() {
            Map<String, Long> ours = new HashMap<>();
            inclusive.forEach((frame, count) -> {
                if (frame.startsWith("org/cooperation/") || frame.startsWith("org.cooperation.")) {
                    ours.put(frame, count);
                }
            });
            return ours;
        }
    }
}
