package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cooperation.commandservice.idempotency.ForgottenKeys;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same command sent again under the same Idempotency-Key is answered once and stored once. */
class IdempotencyIT extends CommandServiceIT {

    @Autowired
    ForgottenKeys forgottenKeys;

    @Test
    void answersARetryWithTheFirstAnswerAndStoresOneEvent() throws Exception {
        HttpResponse<String> first = sign("retried", "key-retried");
        HttpResponse<String> retry = sign("retried", "key-retried");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(retry.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventsOf("retried")).isOne();
    }

    @Test
    void answersTenSimultaneousRequestsWithOneAnswerAndOneEvent() throws Exception {
        List<HttpResponse<String>> answers = Simultaneously.run(10, i -> () -> sign("ten-at-once", "key-ten"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers)
                .extracting(HttpResponse::body)
                .containsOnly(answers.get(0).body());
        assertThat(answers)
                .filteredOn(a -> a.headers().firstValue("Idempotent-Replayed").isPresent())
                .hasSize(9);
        assertThat(eventsOf("ten-at-once")).isOne();
    }

    @Test
    void givesTheGeneratedIdOfTheFirstRequestAgain() throws Exception {
        String withoutId = InForce.jointStatement("unused").replace("\"agreementId\": \"unused\",", "");

        HttpResponse<String> first = post(withoutId, "key-generated-id", SECRETARIAT_TOKEN);
        HttpResponse<String> retry = post(withoutId, "key-generated-id", SECRETARIAT_TOKEN);

        String agreementId = json.readTree(first.body()).get("agreementId").asText();
        assertThat(json.readTree(retry.body()).get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(eventsOf(agreementId)).isOne();
    }

    @Test
    void refusesTheSameKeyWithAnotherRequest() throws Exception {
        sign("first-use", "key-reused");

        JsonNode problem = problem(sign("second-use", "key-reused"), 422);

        assertThat(problem.get("type").asText()).endsWith(":idempotency-key-reused");
        assertThat(problem.get("header").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsOf("second-use")).isZero();
    }

    @Test
    void takesTheSameJsonWrittenDifferentlyForTheSameRequest() throws Exception {
        String body = InForce.jointStatement("rewritten");
        String reordered = body.replace(
                        "\"title\": \"Joint Statement regarding the Internet of Things/Industrie 4.0\",\n", "")
                .replace(
                        "\"place\": \"Tokyo\",",
                        "\"place\": \"Tokyo\", \"title\": \"Joint Statement regarding the Internet of Things/Industrie 4.0\",")
                .replace("\n", " ");

        post(body, "key-rewritten", SECRETARIAT_TOKEN);
        HttpResponse<String> retry = post(reordered, "key-rewritten", SECRETARIAT_TOKEN);

        assertThat(reordered).isNotEqualTo(body);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void keepsEachCallersKeysApart() throws Exception {
        String otherSecretariat = IDENTITY.token(
                "other-secretariat",
                "desk",
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plusSeconds(3600));

        post(InForce.jointStatement("mine"), "key-shared-name", SECRETARIAT_TOKEN);
        HttpResponse<String> theirs = post(InForce.jointStatement("theirs"), "key-shared-name", otherSecretariat);

        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(eventsOf("theirs")).isOne();
    }

    @Test
    void keepsNoAnswerForARefusedCommand() throws Exception {
        String early = InForce.jointStatement("corrected")
                .replace(
                        "\"effectiveFrom\": \"" + InForce.SIGNED_ON + "\"",
                        "\"effectiveFrom\": \"" + InForce.SIGNED_ON.minusDays(1) + "\"");

        problem(post(early, "key-corrected", SECRETARIAT_TOKEN), 422);
        HttpResponse<String> corrected = sign("corrected", "key-corrected");

        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(eventsOf("corrected")).isOne();
    }

    @Test
    void storesNeitherKeyNorEventsWhenTheEventsCannotBeStored() throws Exception {
        HttpResponse<String> failed = whileFailing(
                "INSERT",
                "domainevententry",
                "NEW.aggregateidentifier = 'doomed-events'",
                () -> sign("doomed-events", "key-doomed-events"));

        assertThat(failed.statusCode()).isEqualTo(503);
        assertNothingKeptAndARetryRunsAfresh("doomed-events", "key-doomed-events", failed);
    }

    @Test
    void storesNeitherKeyNorEventsWhenTheAnswerCannotBeKept() throws Exception {
        HttpResponse<String> failed = whileFailing(
                "UPDATE",
                "idempotency_key",
                "NEW.request_key = 'key-doomed-answer'",
                () -> sign("doomed-answer", "key-doomed-answer"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertNothingKeptAndARetryRunsAfresh("doomed-answer", "key-doomed-answer", failed);
    }

    @Test
    void forgetsAKeyAfterItsRetention() throws Exception {
        sign("remembered", "key-expiring");
        ageKey("key-expiring", "25 hours");

        HttpResponse<String> reused = sign("after-retention", "key-expiring");

        assertThat(reused.statusCode()).isEqualTo(201);
        assertThat(eventsOf("after-retention")).isOne();
    }

    @Test
    void deletesKeysPastTheirRetentionAndKeepsTheOthers() throws Exception {
        sign("old-key", "key-old");
        sign("young-key", "key-young");
        ageKey("key-old", "24 hours 1 minute");
        ageKey("key-young", "23 hours 59 minutes");

        forgottenKeys.forgetExpired();

        assertThat(keyRows("key-old")).isZero();
        assertThat(keyRows("key-young")).isOne();
    }

    @Test
    void refusesAKeyThatIsNotPrintable() throws Exception {
        JsonNode problem = problem(sign("bad-key", "two words"), 400);
        problem(sign("bad-key", "k".repeat(256)), 400);

        assertThat(problem.get("header").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsOf("bad-key")).isZero();
        assertThat(sign("longest-key", "k".repeat(255)).statusCode()).isEqualTo(201);
    }

    @Test
    void answersSimultaneousSignaturesUnderDifferentKeysWithOneWinner() throws Exception {
        List<HttpResponse<String>> answers = Simultaneously.run(10, i -> () -> sign("contested", "key-contested-" + i));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        for (HttpResponse<String> lost :
                answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertThat(problem(lost, 409).get("type").asText()).endsWith(":agreement-exists");
        }
        assertThat(eventsOf("contested")).isOne();
    }

    private HttpResponse<String> sign(String agreementId, String key) throws Exception {
        return post(InForce.jointStatement(agreementId), key, SECRETARIAT_TOKEN);
    }

    private HttpResponse<String> post(String body, String key, String token) throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(token));
        headers.put("Idempotency-Key", key);
        return new RawHttp(http.getRootUri()).post("/api/agreements", body, headers);
    }

    private long keyRows(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE request_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private void ageKey(String key, String age) {
        jdbc.sql("UPDATE idempotency_key SET created_at = now() - CAST(? AS interval) WHERE request_key = ?")
                .params(age, key)
                .update();
    }

    private void assertNothingKeptAndARetryRunsAfresh(String agreementId, String key, HttpResponse<String> failed)
            throws Exception {
        assertThat(failed.body()).doesNotContain("simulated");
        assertThat(keyRows(key)).isZero();
        assertThat(eventsOf(agreementId)).isZero();

        HttpResponse<String> retry = sign(agreementId, key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(eventsOf(agreementId)).isOne();
    }

    /** Sends the request while the database fails at exactly one point, as a full disk or a crash there would. */
    private HttpResponse<String> whileFailing(
            String operation, String table, String condition, Callable<HttpResponse<String>> request) throws Exception {
        jdbc.sql("""
                CREATE FUNCTION fail_%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF %2$s THEN RAISE EXCEPTION 'simulated failure'; END IF;
                    RETURN NEW;
                END $$""".formatted(table, condition)).update();
        jdbc.sql("CREATE TRIGGER fail_%1$s BEFORE %2$s ON %1$s FOR EACH ROW EXECUTE FUNCTION fail_%1$s()"
                        .formatted(table, operation))
                .update();
        try {
            return request.call();
        } finally {
            jdbc.sql("DROP TRIGGER fail_%1$s ON %1$s".formatted(table)).update();
            jdbc.sql("DROP FUNCTION fail_%1$s()".formatted(table)).update();
        }
    }
}
