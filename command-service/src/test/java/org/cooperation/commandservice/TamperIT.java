package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.verification.ChainedEvent;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.agreement.api.verification.Witness;
import org.cooperation.commandservice.chain.StoredEvent;
import org.cooperation.commandservice.log.Checkpointer;
import org.cooperation.commandservice.log.TreeStore;
import org.cooperation.partner.PartnerWitness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Someone with write access to the database changes the past with SQL, after a checkpoint was
 * signed; the verification endpoint names the first bad event. Each test prints what it found
 * (lines "TAMPER ..."), for the record.
 */
class TamperIT extends CommandServiceIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private static final List<String> FIELDS = List.of("Robotics", "Space", "Energy", "Health");

    @Autowired
    Checkpointer checkpointer;

    @Autowired
    TreeStore tree;

    @Test
    void answersValidForAHistoryNobodyTouched() throws Exception {
        String id = signedHistory("tamper-untouched");
        assertThat(verification(id)).isEqualTo(json.readTree("{\"valid\":true}"));
    }

    @Test
    void namesAnEventWhosePayloadWasChanged() throws Exception {
        String id = signedHistory("tamper-payload");
        replaceInPayload(id, 2, "Space", "Spice");

        assertInvalidAt(id, 2, "event 2 was changed: its content does not match its hash");
        assertPartnerFindsAfterAReplay(
                id, 5, 2, "event 2 of " + id + " was changed: its content does not match its hash");
    }

    @Test
    void namesADeletedEvent() throws Exception {
        String id = signedHistory("tamper-deleted");
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1")
                .param(id)
                .update();

        assertInvalidAt(id, 1, "event 1 is missing: the next stored event is 2");
        assertPartnerFindsAfterAReplay(
                id, 4, 1, "event 1 of " + id + " is missing from a republication of its history: event 2 came next");
    }

    @Test
    void namesTheLastEventDeletedThoughNoChainCanTell() throws Exception {
        String id = signedHistory("tamper-deleted-last");
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 4")
                .param(id)
                .update();

        assertInvalidAt(id, 4, "event 4 is missing from the store: the checkpoint of tree size");
    }

    @Test
    void namesTheFirstOfTwoSwappedEvents() throws Exception {
        String id = signedHistory("tamper-swapped");
        // Through a free number, as the key (agreement, sequence) is checked row by row.
        for (int[] move : new int[][] {{2, -1}, {3, 2}, {-1, 3}}) {
            jdbc.sql(
                            "UPDATE domainevententry SET sequencenumber = ? WHERE aggregateidentifier = ? AND sequencenumber = ?")
                    .params(move[1], id, move[0])
                    .update();
        }

        assertInvalidAt(id, 2, "event 2 does not name the hash of event 1");
        assertPartnerFindsAfterAReplay(
                id, 5, 2, "event 2 of " + id + " was changed: its content does not match its hash");
    }

    @Test
    void namesTheFirstEventOfAHistoryRewrittenWithEveryHashRecomputed() throws Exception {
        String id = signedHistory("tamper-rewritten");
        rewrite(id, 3, "Energy", "Enemy");

        assertInvalidAt(id, 3, "event 3 is not the event that the checkpoint of tree size");
        assertPartnerFindsAfterAReplay(id, 5, 3, "event 3 of " + id + " was rewritten: it was published with hash");
    }

    @Test
    void keepsTheFindingsOfTheWholeRecordsVerification() throws Exception {
        String id = signedHistory("tamper-portfolio");
        rewrite(id, 4, "Health", "Wealth");

        ResponseEntity<String> started = post("/api/admin/verifications", "", Map.of());
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();
        JsonNode run = json.readTree(http.getForEntity(location, String.class).getBody());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!run.has("finishedAt") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            run = json.readTree(http.getForEntity(location, String.class).getBody());
        }
        System.out.println("TAMPER whole record: " + run);
        assertThat(run.get("valid").asBoolean()).isFalse();
        assertThat(run.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("agreementId").asText()).isEqualTo(id);
            assertThat(finding.get("firstInvalidSequence").asLong()).isEqualTo(4);
        });
        assertThat(json.readTree(http.getForEntity("/api/admin/verifications/latest", String.class)
                                .getBody())
                        .get("id"))
                .isEqualTo(run.get("id"));
    }

    /**
     * The partner's side: the operator replays the topic (which sends the store as it now is), and
     * the partner's witness, reading both topics from the start, names the first bad event of the
     * agreement. What other tests did to their agreements in this shared record is theirs.
     */
    private void assertPartnerFindsAfterAReplay(String id, int storedEvents, long sequence, String reason)
            throws Exception {
        assertThat(post("/api/admin/publisher/replay", "", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        AgreementTopic.recordsOf(bootstrapServers, id, FIELDS.size() + 1 + storedEvents, Duration.ofSeconds(60));
        JsonNode keys = json.readTree(
                http.getForEntity("/api/checkpoints/keys", String.class).getBody());
        Map<String, PublicKey> trusted = new HashMap<>();
        keys.forEach(key -> trusted.put(
                key.get("keyId").asText(),
                CheckpointKey.publicKey(key.get("publicKey").asText())));

        Witness.Report report = PartnerWitness.verify(bootstrapServers, trusted, null);

        List<Witness.Problem> found = report.problems().stream()
                .filter(p -> id.equals(p.agreementId()))
                .toList();
        System.out.println("TAMPER partner " + id + ": " + found);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).sequence()).isEqualTo(sequence);
        assertThat(found.get(0).reason()).startsWith(reason);
    }

    /** An agreement of five events, all of them in a signed checkpoint. */
    private String signedHistory(String id) {
        assertThat(post("/api/agreements", Requests.jointStatement(id, SIGNED_ON), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String field : FIELDS) {
            assertThat(post(
                                    "/api/agreements/" + id + "/fields",
                                    "{\"field\":\"" + field + "\",\"addedOn\":\"" + SIGNED_ON.plusDays(10) + "\"}",
                                    Map.of())
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tree.entryOf(id, FIELDS.size()).isEmpty()) {
            assertThat(System.nanoTime()).as(id + " reaches the log").isLessThan(deadline);
            pause();
        }
        checkpointer.signNow().orElseThrow();
        AgreementTopic.recordsOf(bootstrapServers, id, FIELDS.size() + 1, Duration.ofSeconds(30));
        return id;
    }

    private void replaceInPayload(String id, long sequence, String text, String replacement) {
        jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')
                        WHERE aggregateidentifier = ? AND sequencenumber = ?""").params(text, replacement, id, sequence).update();
    }

    /**
     * What an attacker who knows the encoding does: changes an event, then computes every hash of
     * the agreement again, so that its chain is whole.
     */
    private void rewrite(String id, long sequence, String text, String replacement) {
        replaceInPayload(id, sequence, text, replacement);
        List<StoredEvent> events = jdbc.sql("SELECT " + StoredEvent.COLUMNS
                        + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(id)
                .query((rs, row) -> StoredEvent.read(rs))
                .list();
        String previous = null;
        for (StoredEvent event : events) {
            ChainedEvent chained = event.chained(previous);
            jdbc.sql("UPDATE domainevententry SET metadata = ? WHERE globalindex = ?")
                    .params(event.metadataChained(chained.hash(), previous), event.globalIndex())
                    .update();
            previous = chained.hash();
        }
    }

    private JsonNode verification(String id) throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/api/agreements/" + id + "/verification", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        System.out.println("TAMPER " + id + ": " + answer.getBody());
        return json.readTree(answer.getBody().getBytes(UTF_8));
    }

    private void assertInvalidAt(String id, long sequence, String reason) throws Exception {
        JsonNode verdict = verification(id);
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstInvalidSequence").asLong()).isEqualTo(sequence);
        assertThat(verdict.get("reason").asText()).startsWith(reason);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
