package org.cooperation.agreement.api.verification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner's witness over a small record: two agreements, their events, and signed checkpoints. */
class WitnessTest {

    @TempDir
    Path folder;

    CheckpointKey key;

    /** One record of the events topic: its headers and value. */
    record EventRecord(Map<String, String> headers, byte[] value) {}

    @BeforeEach
    void key() throws Exception {
        Path file = folder.resolve("key.pem");
        Files.writeString(file, CheckpointKey.generatePem());
        key = CheckpointKey.read(file);
    }

    /** The events of agreements a-1 and a-2, chained, in the order the store took them. */
    static List<EventRecord> history(String... texts) {
        List<EventRecord> records = new ArrayList<>();
        Map<String, String> last = new HashMap<>();
        Map<String, Long> next = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            String agreementId = i % 3 == 2 ? "a-2" : "a-1";
            long sequence = next.merge(agreementId, 1L, Long::sum) - 1;
            records.add(record(
                    agreementId, sequence, "e-" + i, "{\"text\":\"" + texts[i] + "\"}", last.get(agreementId), null));
            last.put(agreementId, records.get(i).headers().get(EventHeaders.HASH));
        }
        return records;
    }

    /** A record as the publisher sends it; its hash computed unless one is given. */
    static EventRecord record(
            String agreementId, long sequence, String eventId, String payload, String previousHash, String hash) {
        ChainedEvent event = new ChainedEvent(
                agreementId,
                sequence,
                eventId,
                "org.cooperation.agreement.MilestoneRecorded.v1",
                ChainedEvent.payload(payload.getBytes(UTF_8)),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence),
                "secretariat",
                null,
                "c-" + eventId,
                null,
                previousHash);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.ID, eventId);
        headers.put(EventHeaders.TYPE, event.type());
        headers.put(EventHeaders.SUBJECT, agreementId);
        headers.put(EventHeaders.TIME, event.recordedAt().toString());
        headers.put(EventHeaders.SEQUENCE, String.valueOf(sequence));
        headers.put(EventHeaders.PRINCIPAL, "secretariat");
        headers.put(EventHeaders.CORRELATION_ID, "c-" + eventId);
        headers.put(EventHeaders.HASH, hash == null ? event.hash() : hash);
        if (previousHash != null) {
            headers.put(EventHeaders.PREVIOUS_HASH, previousHash);
        }
        return new EventRecord(headers, payload.getBytes(UTF_8));
    }

    /** Checkpoints after every {@code every} events of {@code records}, as the command side publishes them. */
    List<byte[]> checkpoints(List<EventRecord> records, int every) {
        List<byte[]> published = new ArrayList<>();
        LogTree tree = new LogTree();
        List<PublishedCheckpoint.Leaf> leaves = new ArrayList<>();
        for (EventRecord record : records) {
            String hash = record.headers().get(EventHeaders.HASH);
            tree.append(Hashes.bytes(hash));
            leaves.add(new PublishedCheckpoint.Leaf(
                    record.headers().get(EventHeaders.SUBJECT),
                    Long.parseLong(record.headers().get(EventHeaders.SEQUENCE)),
                    record.headers().get(EventHeaders.ID),
                    hash));
            if (tree.size() % every == 0 || tree.size() == records.size()) {
                published.add(new PublishedCheckpoint(
                                Checkpoint.sign(tree.size(), tree.root(), Instant.now(), key),
                                tree.size() - leaves.size(),
                                leaves)
                        .json());
                leaves = new ArrayList<>();
            }
        }
        return published;
    }

    Witness.Report witness(List<EventRecord> events, List<byte[]> checkpoints, Checkpoint trusted) {
        Witness witness = new Witness(Map.of(key.keyId(), key.publicKey()), trusted);
        events.forEach(record -> witness.event(record.headers()::get, record.value()));
        checkpoints.forEach(witness::checkpoint);
        return witness.finish();
    }

    @Test
    void acceptsAnIntactRecordAndTrustsItsLatestCheckpoint() {
        List<EventRecord> events = history("a", "b", "c", "d", "e", "f", "g");
        List<EventRecord> redelivered = new ArrayList<>(events);
        redelivered.addAll(events.subList(3, 7));

        Witness.Report report = witness(redelivered, checkpoints(events, 3), null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.latestVerified().treeSize()).isEqualTo(7);
    }

    @Test
    void namesAnEventOfAHistoryRepublishedWithEveryHashRecomputed() {
        List<EventRecord> events = history("a", "b", "c", "d", "e");
        List<byte[]> checkpoints = checkpoints(events, 5);
        // Event 1 of a-1 changed in the store, the chain recomputed from it, and everything replayed.
        EventRecord changed = record(
                "a-1", 1, "e-1", "{\"text\":\"B\"}", events.get(0).headers().get(EventHeaders.HASH), null);
        EventRecord following =
                record("a-1", 2, "e-3", "{\"text\":\"d\"}", changed.headers().get(EventHeaders.HASH), null);
        List<EventRecord> replayed = new ArrayList<>(events);
        replayed.addAll(List.of(events.get(0), changed, events.get(2), following, events.get(4)));

        Witness.Report report = witness(replayed, checkpoints, null);

        assertThat(report.problems().get(0).reason())
                .startsWith("event 1 of a-1 was rewritten: it was published with hash");
        assertThat(report.problems().get(0).sequence()).isEqualTo(1);
    }

    @Test
    void namesAnEventWhoseContentDoesNotMatchItsHash() {
        List<EventRecord> events = history("a", "b", "c");
        EventRecord original = events.get(1);
        events.set(1, new EventRecord(original.headers(), "{\"text\":\"B\"}".getBytes(UTF_8)));

        assertThat(witness(events, List.of(), null).problems())
                .extracting(Witness.Problem::reason)
                .first()
                .isEqualTo("event 1 of a-1 was changed: its content does not match its hash");
    }

    @Test
    void namesAnEventMissingFromARepublication() {
        List<EventRecord> events = history("a", "b", "c", "d", "e");
        List<EventRecord> replayed = new ArrayList<>(events);
        replayed.addAll(List.of(events.get(0), events.get(3)));

        assertThat(witness(replayed, List.of(), null).problems())
                .extracting(Witness.Problem::reason)
                .containsExactly("event 1 of a-1 is missing from a republication of its history: event 2 came next");
    }

    @Test
    void namesTheCheckpointThatIsNotConsistentWithTheOneTrusted() {
        List<EventRecord> events = history("a", "b", "c", "d", "e", "f");
        Checkpoint trusted = witness(events.subList(0, 3), checkpoints(events.subList(0, 3), 3), null)
                .latestVerified();
        // The whole record rewritten from event 1 on, every hash and every checkpoint made again.
        List<EventRecord> rewritten = history("a", "B", "c", "d", "e", "f");

        Witness.Report report = witness(rewritten, checkpoints(rewritten, 3), trusted);

        assertThat(report.problems())
                .extracting(Witness.Problem::reason)
                .first()
                .asString()
                .startsWith("checkpoint 3 is not consistent with the checkpoint you trusted: the tree of 3 events");
        assertThat(report.latestVerified()).isEqualTo(trusted);
    }

    @Test
    void refusesACheckpointSignedByAKeyItDoesNotTrust() throws Exception {
        List<EventRecord> events = history("a", "b");
        List<byte[]> checkpoints = checkpoints(events, 2);
        Witness witness = new Witness(Map.of(), null);
        events.forEach(record -> witness.event(record.headers()::get, record.value()));
        checkpoints.forEach(witness::checkpoint);

        assertThat(witness.finish().problems())
                .extracting(Witness.Problem::reason)
                .first()
                .asString()
                .contains("which you do not trust");
    }

    @Test
    void runsOnTheTopicsAsKcatWritesThemAndKeepsTheCheckpointItTrusts() throws Exception {
        List<EventRecord> events = history("a", "b", "c", "d");
        Path eventsFile = kcatFile(
                "events.jsonl",
                events.stream().map(r -> kcatRecord(r.headers(), r.value())).toList());
        Path checkpointsFile = kcatFile(
                "checkpoints.jsonl",
                checkpoints(events, 2).stream()
                        .map(value -> kcatRecord(Map.of(), value))
                        .toList());
        Path keys = folder.resolve("keys.json");
        Files.writeString(
                keys,
                "[{\"keyId\":\"" + key.keyId() + "\",\"algorithm\":\"Ed25519\",\"publicKey\":\""
                        + CheckpointKey.text(key.publicKey()) + "\"}]");
        Path trusted = folder.resolve("trusted.json");
        String[] args = {
            "--events",
            eventsFile.toString(),
            "--checkpoints",
            checkpointsFile.toString(),
            "--keys",
            keys.toString(),
            "--trusted",
            trusted.toString()
        };

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(WitnessCommand.run(args, new PrintStream(out, true, UTF_8))).isZero();
        assertThat(out.toString(UTF_8)).startsWith("VALID 4 event records, 2 checkpoint records; tree size 4");
        assertThat(EventJson.mapper()
                        .readValue(trusted.toFile(), Checkpoint.class)
                        .treeSize())
                .isEqualTo(4);

        List<EventRecord> rewritten = history("a", "B", "c", "d");
        Files.writeString(
                eventsFile,
                String.join(
                        "\n",
                        rewritten.stream()
                                .map(r -> kcatRecord(r.headers(), r.value()))
                                .toList()));
        Files.writeString(
                checkpointsFile,
                String.join(
                        "\n",
                        checkpoints(rewritten, 2).stream()
                                .map(value -> kcatRecord(Map.of(), value))
                                .toList()));
        out.reset();
        assertThat(WitnessCommand.run(args, new PrintStream(out, true, UTF_8))).isEqualTo(1);
        assertThat(out.toString(UTF_8))
                .startsWith("INVALID checkpoint 4 is not consistent with the checkpoint you trusted");
        assertThat(EventJson.mapper()
                        .readValue(trusted.toFile(), Checkpoint.class)
                        .treeSize())
                .isEqualTo(4);
    }

    private Path kcatFile(String name, List<String> lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** A line of 'kcat -C -J': headers as a flat list of names and values, the value as text. */
    private static String kcatRecord(Map<String, String> headers, byte[] value) {
        var line = EventJson.mapper().createObjectNode();
        line.put("topic", "t");
        var list = line.putArray("headers");
        headers.forEach((name, text) -> list.add(name).add(text));
        line.put("key", headers.getOrDefault(EventHeaders.SUBJECT, "log"));
        line.put("payload", new String(value, UTF_8));
        return line.toString();
    }
}
