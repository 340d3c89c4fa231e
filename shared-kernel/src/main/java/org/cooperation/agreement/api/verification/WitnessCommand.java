package org.cooperation.agreement.api.verification;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import org.cooperation.agreement.api.contract.EventJson;

/**
 * The witness on the command line, for a partner without a line of Java: it reads both topics as
 * kcat wrote them ({@code kcat -C -e -J}, one JSON object per record, headers as a flat list of
 * names and values), the keys as {@code GET /api/checkpoints/keys} gave them, and the checkpoint it
 * trusted last time; prints what it found, and, when everything holds, writes the latest checkpoint
 * to the trusted file for the next run. Exit status 0: valid; 1: something is wrong; 2: bad usage.
 *
 * <pre>
 * java -cp shared-kernel.jar:... org.cooperation.agreement.api.verification.WitnessCommand \
 *     --events events.jsonl --checkpoints checkpoints.jsonl --keys keys.json --trusted trusted.json
 * </pre>
 */
public final class WitnessCommand {

    private WitnessCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        Map<String, Path> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], Path.of(args[i + 1]));
        }
        if (args.length % 2 != 0
                || !options.keySet()
                        .containsAll(java.util.List.of("--events", "--checkpoints", "--keys", "--trusted"))) {
            out.println("usage: WitnessCommand --events FILE --checkpoints FILE --keys FILE --trusted FILE");
            out.println("  --events, --checkpoints  the topics as 'kcat -C -e -J -t <topic>' wrote them");
            out.println("  --keys                   the answer of GET /api/checkpoints/keys (the keys you trust)");
            out.println("  --trusted                the checkpoint you trusted last time; written when all holds");
            return 2;
        }
        Path trustedFile = options.get("--trusted");
        Checkpoint trusted = trusted(trustedFile);
        Witness witness = new Witness(keys(options.get("--keys")), trusted);
        eachRecord(options.get("--events"), record -> witness.event(name -> header(record, name), value(record)));
        eachRecord(options.get("--checkpoints"), record -> witness.checkpoint(value(record)));
        Witness.Report report = witness.finish();
        report.problems().forEach(problem -> out.println("INVALID " + problem.reason()));
        out.println((report.valid() ? "VALID " : "INVALID ") + report.events() + " event records, "
                + report.checkpoints() + " checkpoint records"
                + (report.latestVerified() == null
                        ? ""
                        : "; tree size " + report.latestVerified().treeSize() + ", root "
                                + report.latestVerified().rootHash()));
        if (report.valid() && report.latestVerified() != null) {
            trust(trustedFile, report.latestVerified());
        }
        return report.valid() ? 0 : 1;
    }

    /** The checkpoint trusted last time, from its file; null when there is none yet. */
    public static Checkpoint trusted(Path file) {
        return Files.isRegularFile(file) ? readJson(file, Checkpoint.class) : null;
    }

    /** Keeps a verified checkpoint as the one to trust next time. */
    public static void trust(Path file, Checkpoint checkpoint) {
        writeJson(file, checkpoint);
    }

    /** The keys of {@code GET /api/checkpoints/keys}: [{"keyId", "algorithm", "publicKey", ...}]. */
    public static Map<String, PublicKey> keys(Path file) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode key : readJson(file, JsonNode.class)) {
            keys.put(
                    key.get("keyId").asText(),
                    CheckpointKey.publicKey(key.get("publicKey").asText()));
        }
        return keys;
    }

    private static void eachRecord(Path file, java.util.function.Consumer<JsonNode> action) {
        try (BufferedReader lines = Files.newBufferedReader(file, UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(EventJson.mapper().readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** kcat writes headers as ["name", "value", "name", "value", ...]; the last one of a name counts. */
    private static String header(JsonNode record, String name) {
        JsonNode headers = record.path("headers");
        String value = null;
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            if (headers.get(i).asText().equals(name)) {
                value = headers.get(i + 1).isNull() ? null : headers.get(i + 1).asText();
            }
        }
        return value;
    }

    private static byte[] value(JsonNode record) {
        JsonNode payload = record.path("payload");
        return payload.isTextual()
                ? payload.asText().getBytes(UTF_8)
                : payload.toString().getBytes(UTF_8);
    }

    private static <T> T readJson(Path file, Class<T> type) {
        try {
            return EventJson.mapper().readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void writeJson(Path file, Object value) {
        try {
            Files.write(
                    file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
