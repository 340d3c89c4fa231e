package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.queryservice.projection.consuming.ConsumerConfig;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Records that can never be applied go to the dead-letter topic; operators see them and retry them. */
class DeadLetterIT extends QueryServiceIT {

    @Test
    void deadLettersARecordOfAnUnknownTypeWithTheReason() throws Exception {
        String id = "dlt-unknown-type";
        publish(Events.signed(id), 0);
        Map<String, String> headers = headers(Events.fieldAdded(id, "Robotics"), 1);
        headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementRenamed.v1");
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, "{\"title\":\"New title\"}".getBytes(UTF_8));

        JsonNode deadLetter = awaitDeadLetter(id);

        assertThat(deadLetter.get("reason").asText())
                .contains("unknown event type")
                .contains("org.cooperation.agreement.AgreementRenamed.v1");
        assertThat(deadLetter.get("originalTopic").asText()).isEqualTo(Topics.AGREEMENT_EVENTS);
        assertThat(deadLetter.get("originalOffset").isNumber()).isTrue();
        assertThat(deadLetter.get("sequence").asText()).isEqualTo("1");
        assertThat(deadLetter.get("eventType").asText()).isEqualTo("org.cooperation.agreement.AgreementRenamed.v1");
        assertThat(deadLetter.get("value").asText()).isEqualTo("{\"title\":\"New title\"}");
        assertThat(deadLetter.get("headers").get(EventHeaders.PRINCIPAL).asText())
                .isEqualTo("secretariat-tool");
        assertThat(deadLetter.get("status").asText()).isEqualTo("NEW");
        assertThat(version(id)).isZero();
    }

    @Test
    void deadLettersUnreadableAndMisplacedRecords() throws Exception {
        Map<String, String> broken = headers(Events.signed("dlt-broken-json"), 0);
        publishRecord(Topics.AGREEMENT_EVENTS, "dlt-broken-json", broken, "{\"agreementId\":".getBytes(UTF_8));
        Map<String, String> anonymous = headers(Events.signed("dlt-no-id"), 0);
        anonymous.remove(EventHeaders.ID);
        publishRecord(Topics.AGREEMENT_EVENTS, "dlt-no-id", anonymous, EventJson.write(Events.signed("dlt-no-id")));
        publish(Events.signed("dlt-second-signature"), 0);
        publish(Events.signed("dlt-second-signature"), 1);

        assertThat(awaitDeadLetter("dlt-broken-json").get("reason").asText()).contains("unreadable record");
        assertThat(awaitDeadLetter("dlt-no-id").get("reason").asText()).contains("ce_id");
        assertThat(awaitDeadLetter("dlt-second-signature").get("reason").asText())
                .contains("starts with its signature");
        assertThat(get("/api/agreements/dlt-broken-json").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(version("dlt-second-signature")).isZero();
    }

    /** A record the state cannot place is never retried for ever: its partition would stop behind it. */
    @Test
    void deadLettersTheFiguresOfAProgrammeNeverLaunchedAndKeepsThePartitionFlowing() throws Exception {
        String id = "dlt-no-programme";
        publish(Events.signed(id), 0);
        publish(Events.programmeYear(id, "vulcanus", 2018, 35, 800), 1);
        publish(Events.signed("dlt-after-no-programme"), 0);

        assertThat(awaitDeadLetter(id).get("reason").asText()).contains("has no programme vulcanus");
        assertThat(awaitJson("/api/agreements/dlt-after-no-programme", body -> true)
                        .get("agreement")
                        .get("version")
                        .asLong())
                .isZero();
        assertThat(version(id)).isZero();
    }

    /** The reason may quote the database and the payload; auditors get what kind of failure it was. */
    @Test
    void showsAuditorsTheReasonsCategoryAndTheIdsButNotTheRecordsContent() throws Exception {
        Map<String, String> broken = headers(Events.signed("dlt-for-auditors"), 0);
        publishRecord(Topics.AGREEMENT_EVENTS, "dlt-for-auditors", broken, "{\"title\":\"Confidential".getBytes(UTF_8));
        JsonNode full = awaitDeadLetter("dlt-for-auditors");
        String auditor = IDENTITY.token(Roles.AUDITOR, null);

        JsonNode seen =
                json.readTree(get("/api/admin/dead-letters/" + full.get("id").asLong(), auditor)
                        .getBody());
        String listed = get("/api/admin/dead-letters?size=100", auditor).getBody();

        assertThat(full.get("reason").asText()).contains("unreadable record");
        assertThat(full.get("reasonCategory").asText()).isEqualTo("unreadable-record");
        assertThat(seen.get("reasonCategory").asText()).isEqualTo("unreadable-record");
        assertThat(seen.get("eventId").asText()).isEqualTo(broken.get(EventHeaders.ID));
        assertThat(seen.get("agreementId").asText()).isEqualTo("dlt-for-auditors");
        assertThat(seen.has("reason")).isFalse();
        assertThat(seen.has("value")).isFalse();
        assertThat(seen.has("headers")).isFalse();
        assertThat(listed).doesNotContain("Confidential", "unreadable record");
        assertThat(get("/api/admin/dead-letters/" + full.get("id").asLong(), IDENTITY.token(Roles.SECRETARIAT, null))
                        .getBody())
                .contains("Confidential");
    }

    @Test
    void keepsOtherAgreementsOnTheSamePartitionFlowingPastADeadLetter() throws Exception {
        String poisoned = "dlt-poisoned";
        String other = agreementIdOnThePartitionOf(poisoned, "dlt-flowing-");
        Map<String, String> headers = headers(Events.signed(poisoned), 0);
        headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementSigned.v9");
        publishRecord(Topics.AGREEMENT_EVENTS, poisoned, headers, EventJson.write(Events.signed(poisoned)));
        publish(Events.signed(other), 0);

        awaitJson("/api/agreements/" + other, body -> body.has("agreement"));
        assertThat(awaitDeadLetter(poisoned).get("reason").asText()).contains("AgreementSigned.v9");
    }

    /**
     * An earlier version of this service could not apply event 1 and dead-lettered it; event 2
     * waits for it. Retrying the dead letter applies both, in order.
     */
    @Test
    void retriesADeadLetterIntoTheReadModelAndReleasesTheEventsWaitingForIt() throws Exception {
        String id = "dlt-retried";
        publish(Events.signed(id), 0);
        AgreementEvent missed = Events.fieldAdded(id, "Robotics");
        Map<String, String> deadLettered = headers(missed, 1);
        deadLettered.put(ConsumerConfig.REASON_HEADER, "unknown event type: " + deadLettered.get(EventHeaders.TYPE));
        deadLettered.put("kafka_dlt-original-topic", Topics.AGREEMENT_EVENTS);
        publishRecord(Topics.AGREEMENT_EVENTS_DEAD_LETTERS, id, deadLettered, EventJson.write(missed));
        publish(Events.fieldAdded(id, "Hydrogen"), 2);
        long deadLetterId = awaitDeadLetter(id).get("id").asLong();
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("heldBack").path("events").asInt() == 1);

        ResponseEntity<String> retried = post("/api/admin/dead-letters/" + deadLetterId + "/retry");

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(retried.getBody()).get("status").asText()).isEqualTo("RETRIED");
        assertThat(json.readTree(retried.getBody()).get("retries").asInt()).isEqualTo(1);
        JsonNode caughtUp = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 2);
        assertThat(caughtUp.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .endsWith("Robotics", "Hydrogen");
        assertThat(caughtUp.has("heldBack")).isFalse();
        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events");
        assertThat(history.get(1).get("eventId").asText()).isEqualTo(deadLettered.get(EventHeaders.ID));
        assertThat(history.get(1).get("correlationId").asText()).isEqualTo("corr-1");
    }

    @Test
    void deadLettersARetriedRecordAgainWhenItStillCannotBeApplied() throws Exception {
        String id = "dlt-retried-in-vain";
        Map<String, String> headers = headers(Events.signed(id), 0);
        headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementSigned.v9");
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(Events.signed(id)));
        long first = awaitDeadLetter(id).get("id").asLong();

        assertThat(post("/api/admin/dead-letters/" + first + "/retry").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode letters = awaitJson(
                "/api/admin/dead-letters?size=100",
                body -> deadLettersOf(body, id).size() == 2);
        List<JsonNode> both = deadLettersOf(letters, id);
        assertThat(both.get(0).get("status").asText()).isEqualTo("RETRIED");
        assertThat(both.get(1).get("status").asText()).isEqualTo("NEW");
        assertThat(both.get(1).get("eventId").asText()).isEqualTo(headers.get(EventHeaders.ID));
        assertThat(json.readTree(get("/api/admin/dead-letters?status=NEW&size=100")
                                .getBody())
                        .get("items")
                        .findValuesAsText("id"))
                .doesNotContain(String.valueOf(first));
    }

    @Test
    void answersAnUnknownDeadLetterWithAProblem() throws Exception {
        ResponseEntity<String> missing = get("/api/admin/dead-letters/987654321");
        ResponseEntity<String> retried = post("/api/admin/dead-letters/987654321/retry");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(missing.getBody()).get("type").asText())
                .isEqualTo("urn:cooperation-agreements:problem:dead-letter-not-found");
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/admin/dead-letters?status=LOST").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static Map<String, String> headers(AgreementEvent event, long sequence) {
        return headersOf(event, sequence, UUID.randomUUID().toString(), Instant.now());
    }

    private long version(String agreementId) throws Exception {
        return json.readTree(get("/api/agreements/" + agreementId).getBody())
                .get("agreement")
                .get("version")
                .asLong();
    }

    private JsonNode awaitDeadLetter(String agreementId) throws Exception {
        JsonNode letters = awaitJson(
                "/api/admin/dead-letters?size=100",
                body -> !deadLettersOf(body, agreementId).isEmpty());
        long id = deadLettersOf(letters, agreementId).get(0).get("id").asLong();
        return json.readTree(get("/api/admin/dead-letters/" + id).getBody());
    }

    private static List<JsonNode> deadLettersOf(JsonNode page, String agreementId) {
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(letter -> {
            if (agreementId.equals(letter.path("agreementId").asText(null))) {
                found.add(letter);
            }
        });
        return found;
    }
}
