package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.cooperation.agreement.api.verification.ChainedEvent;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.agreement.api.verification.Witness;
import org.cooperation.commandservice.chain.StoredEvent;
import org.cooperation.commandservice.log.Checkpointer;
import org.cooperation.commandservice.log.EventLog;
import org.cooperation.commandservice.log.TreeStore;
import org.cooperation.partner.PartnerWitness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attack no database check can see: someone with the database and the service's signing key
 * rewrites an agreement with every hash recomputed, rebuilds the whole log from the rewritten
 * store and has new checkpoints signed over it. The store now agrees with itself and with its
 * signed checkpoints, so the endpoint answers valid; a partner who kept an earlier checkpoint names
 * the checkpoint that broke. (A record of its own: the log is rebuilt for the whole of it.)
 */
@TestPropertySource(properties = "agreements.checkpoints.every=PT1H")
@DirtiesContext
class RewrittenLogIT extends CommandServiceIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);

    @Autowired
    Checkpointer checkpointer;

    @Autowired
    TreeStore tree;

    @Autowired
    Configuration axon;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPartnerNamesTheCheckpointOfARewrittenLog() throws Exception {
        String id = "rewritten-log";
        assertThat(post("/api/agreements", Requests.jointStatement(id, SIGNED_ON), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String field : List.of("Robotics", "Space")) {
            assertThat(post(
                                    "/api/agreements/" + id + "/fields",
                                    "{\"field\":\"" + field + "\",\"addedOn\":\"" + SIGNED_ON.plusDays(10) + "\"}",
                                    Map.of())
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tree.entryOf(id, 2).isEmpty()) {
            assertThat(System.nanoTime()).as("the log takes the events in").isLessThan(deadline);
            Thread.sleep(100);
        }
        Checkpoint trustedBefore = checkpointer.signNow().orElseThrow();
        AgreementTopic.recordsOf(bootstrapServers, id, 3, Duration.ofSeconds(30));
        Map<String, PublicKey> keys = keys();
        Witness.Report first = PartnerWitness.verify(bootstrapServers, keys, null);
        assertThat(first.problems()).isEmpty();
        Checkpoint trusted = first.latestVerified();
        assertThat(trusted).isEqualTo(trustedBefore);

        rewriteTheAgreementAndTheLog(id);
        Checkpoint resigned = checkpointer.signNow().orElseThrow();
        assertThat(resigned.treeSize()).isEqualTo(trusted.treeSize());
        assertThat(resigned.rootHash()).isNotEqualTo(trusted.rootHash());

        String endpoint = http.getForEntity("/api/agreements/" + id + "/verification", String.class)
                .getBody();
        System.out.println("TAMPER rewritten log, endpoint: " + endpoint);
        assertThat(json.readTree(endpoint).get("valid").asBoolean())
                .as("the store agrees with itself")
                .isTrue();

        awaitCheckpointPublished(resigned);
        Witness.Report report = PartnerWitness.verify(bootstrapServers, keys, trusted);
        System.out.println("TAMPER rewritten log, partner: " + report.problems());
        assertThat(report.valid()).isFalse();
        assertThat(report.problems().get(0).treeSize()).isEqualTo(trusted.treeSize());
        assertThat(report.problems().get(0).reason())
                .startsWith("checkpoint " + trusted.treeSize() + " was signed again with another root");
        assertThat(report.latestVerified()).isEqualTo(trusted);
    }

    /** Event 1 changed and the chain recomputed; the log emptied and built again from the store. */
    private void rewriteTheAgreementAndTheLog(String id) {
        EventProcessor log = axon.eventProcessingConfiguration()
                .eventProcessor(EventLog.PROCESSING_GROUP)
                .orElseThrow();
        log.shutDown();
        try {
            jdbc.sql("""
                            UPDATE domainevententry
                            SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Robotics', 'Robbery'), 'UTF8')
                            WHERE aggregateidentifier = ? AND sequencenumber = 1""").param(id).update();
            String previous = null;
            for (StoredEvent event : stored("WHERE aggregateidentifier = ? ORDER BY sequencenumber", id)) {
                ChainedEvent chained = event.chained(previous);
                jdbc.sql("UPDATE domainevententry SET metadata = ? WHERE globalindex = ?")
                        .params(event.metadataChained(chained.hash(), previous), event.globalIndex())
                        .update();
                previous = chained.hash();
            }
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM checkpoint").update();
                jdbc.sql("DELETE FROM tree_node").update();
                jdbc.sql("DELETE FROM log_leaf").update();
                tree.appendAll(stored("ORDER BY globalindex").stream()
                        .map(event -> new TreeStore.Leaf(
                                event.agreementId(),
                                event.sequence(),
                                event.eventId(),
                                event.link().claimedHash()))
                        .toList());
            });
        } finally {
            log.start();
        }
    }

    private List<StoredEvent> stored(String where, Object... params) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry " + where)
                .params(params)
                .query((rs, row) -> StoredEvent.read(rs))
                .list();
    }

    private Map<String, PublicKey> keys() throws Exception {
        JsonNode listed = json.readTree(
                http.getForEntity("/api/checkpoints/keys", String.class).getBody());
        Map<String, PublicKey> keys = new HashMap<>();
        listed.forEach(key -> keys.put(
                key.get("keyId").asText(),
                CheckpointKey.publicKey(key.get("publicKey").asText())));
        return keys;
    }

    private void awaitCheckpointPublished(Checkpoint checkpoint) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!jdbc.sql("SELECT published FROM checkpoint WHERE tree_size = ?")
                .param(checkpoint.treeSize())
                .query(Boolean.class)
                .single()) {
            assertThat(System.nanoTime()).as("checkpoint published").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
