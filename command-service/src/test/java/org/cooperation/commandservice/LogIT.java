package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.LogTree;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.PublishedCheckpoint;
import org.cooperation.commandservice.log.Checkpointer;
import org.cooperation.commandservice.log.TreeStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The log of all events through HTTP and its topic, checked as an auditor or a partner would:
 * signatures with the published key, inclusion proofs against a checkpoint's root, consistency
 * proofs between two checkpoints, and the tree rebuilt from the checkpoints topic alone.
 */
class LogIT extends CommandServiceIT {

    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    Checkpointer checkpointer;

    @Autowired
    TreeStore tree;

    @Test
    void provesEachEventInASignedCheckpointAndEachCheckpointConsistentWithTheNext() throws Exception {
        String first = logged("log-first");
        Checkpoint earlier = checkpointer.signNow().orElseThrow();
        String second = logged("log-second");
        Checkpoint later = checkpointer.signNow().orElseThrow();

        JsonNode latest = getJson("/api/checkpoints/latest");
        assertThat(latest.get("treeSize").asLong()).isEqualTo(later.treeSize());
        JsonNode key = getJson("/api/checkpoints/keys").get(0);
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.get("keyId").asText()).isEqualTo(later.keyId());
        assertThat(json.treeToValue(latest, Checkpoint.class)
                        .signedBy(CheckpointKey.publicKey(key.get("publicKey").asText())))
                .isTrue();

        for (String eventId : List.of(first, second)) {
            JsonNode proof = getJson("/api/log/inclusion?eventId=" + eventId);
            assertThat(proof.get("rootHash").asText()).isEqualTo(later.rootHash());
            assertThat(MerkleTree.verifyInclusion(
                            proof.get("leafIndex").asLong(),
                            later.treeSize(),
                            MerkleTree.leafHash(Hashes.bytes(proof.get("hash").asText())),
                            hashes(proof.get("path")),
                            later.root()))
                    .as(eventId)
                    .isTrue();
        }
        JsonNode consistency =
                getJson("/api/log/consistency?first=" + earlier.treeSize() + "&second=" + later.treeSize());
        assertThat(MerkleTree.verifyConsistency(
                        earlier.treeSize(),
                        later.treeSize(),
                        earlier.root(),
                        later.root(),
                        hashes(consistency.get("proof"))))
                .isTrue();

        LogTree rebuilt = treeFromTopicUpTo(later.treeSize());
        assertThat(rebuilt.root(earlier.treeSize())).isEqualTo(earlier.root());
        assertThat(rebuilt.root()).isEqualTo(later.root());
    }

    @Test
    void refusesAProofOutsideTheLog() {
        logged("log-outside");
        long size = tree.size();
        ResponseEntity<String> beyond =
                http.getForEntity("/api/log/consistency?first=1&second=" + (size + 1), String.class);
        assertThat(beyond.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(beyond.getBody()).contains("\"field\":\"second\"").contains("tree-size-within-log");
        ResponseEntity<String> backwards = http.getForEntity("/api/log/consistency?first=2&second=1", String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("\"field\":\"first\"");
        ResponseEntity<String> unknown = http.getForEntity("/api/log/inclusion?eventId=no-such-event", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("urn:cooperation-agreements:problem:not-in-log");
    }

    /** Signs an agreement and waits until its first event is in the log; returns that event's id. */
    private String logged(String agreementId) {
        assertThat(post("/api/agreements", Requests.jointStatement(agreementId), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var entry = tree.entryOf(agreementId, 0);
            if (entry.isPresent()) {
                return entry.get().eventId();
            }
            sleep();
        }
        throw new AssertionError(agreementId + " never reached the log");
    }

    private LogTree treeFromTopicUpTo(long treeSize) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "log-it-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        LogTree rebuilt = new LogTree();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CHECKPOINTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (rebuilt.size() < treeSize && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    PublishedCheckpoint published = PublishedCheckpoint.read(record.value());
                    // Other tests start instances of their own on this broker, each with a log of its own.
                    if (published.previousTreeSize() == rebuilt.size() && signedHere(published.checkpoint())) {
                        published.leaves().forEach(leaf -> rebuilt.append(Hashes.bytes(leaf.hash())));
                        assertThat(rebuilt.root())
                                .isEqualTo(published.checkpoint().root());
                    }
                }
            }
        }
        assertThat(rebuilt.size())
                .as("events listed by the checkpoints on the topic")
                .isEqualTo(treeSize);
        return rebuilt;
    }

    private boolean signedHere(Checkpoint checkpoint) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM checkpoint WHERE tree_size = ? AND root_hash = ?)")
                .params(checkpoint.treeSize(), checkpoint.rootHash())
                .query(Boolean.class)
                .single();
    }

    private JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(HEX.parseHex(hash.asText())));
        return hashes;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
