package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;

/** Who sent a command, with which tool and in which conversation, is stored with its events. */
class AuditMetadataIT extends CommandServiceIT {

    private static final String SCHMIDT = IDENTITY.token(
            "maria.schmidt@bmwi.example",
            "secretariat-desk",
            List.of(Roles.SECRETARIAT),
            null,
            Instant.now().plusSeconds(3600));

    @Test
    void storesTheTokensSubjectAndClientAndTheCorrelationId() throws Exception {
        HttpResponse<String> response = sign("audited", SCHMIDT, Map.of("X-Correlation-Id", "hannover-2017-batch-3"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode metadata = metadataOf("audited");
        assertThat(metadata.get("principal").asText()).isEqualTo("maria.schmidt@bmwi.example");
        assertThat(metadata.get("client").asText()).isEqualTo("secretariat-desk");
        assertThat(metadata.get("correlationId").asText()).isEqualTo("hannover-2017-batch-3");
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("hannover-2017-batch-3");
    }

    @Test
    void generatesACorrelationIdWhenNoneIsSent() throws Exception {
        HttpResponse<String> response = sign("uncorrelated", SCHMIDT, Map.of());

        String given = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(given)).isNotNull();
        assertThat(metadataOf("uncorrelated").get("correlationId").asText()).isEqualTo(given);
    }

    @Test
    void recordsTheTokensClientNotAClientHeader() throws Exception {
        sign("claimed-client", SCHMIDT, Map.of("X-Client-Id", "someone-else"));

        assertThat(metadataOf("claimed-client").get("client").asText()).isEqualTo("secretariat-desk");
    }

    @Test
    void recordsNoClientWhenTheTokenNamesNone() throws Exception {
        String clientless = IDENTITY.token(
                "batch-job",
                null,
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plusSeconds(3600));

        sign("clientless", clientless, Map.of());

        JsonNode metadata = metadataOf("clientless");
        assertThat(metadata.get("principal").asText()).isEqualTo("batch-job");
        assertThat(metadata.has("client")).isFalse();
    }

    @Test
    void refusesACorrelationIdThatCouldBreakALogLine() throws Exception {
        String tooLong = "c".repeat(201);

        JsonNode problem = problem(sign("bad-correlation", SCHMIDT, Map.of("X-Correlation-Id", tooLong)), 400);
        problem(sign("bad-correlation", SCHMIDT, Map.of("X-Correlation-Id", "two words")), 400);

        assertThat(problem.get("header").asText()).isEqualTo("X-Correlation-Id");
        assertThat(eventsOf("bad-correlation")).isZero();
    }

    @Test
    void acceptsACorrelationIdOfTwoHundredCharacters() throws Exception {
        String longest = "c".repeat(200);

        assertThat(sign("long-correlation", SCHMIDT, Map.of("X-Correlation-Id", longest))
                        .statusCode())
                .isEqualTo(201);
        assertThat(metadataOf("long-correlation").get("correlationId").asText()).isEqualTo(longest);
    }

    @Test
    void storesWhyACommandWasSentWithItsEventsAndPublishesIt() throws Exception {
        String why = "Entered from the signed original (Registry file 2016/17, \"Tokyo\"), 東京";
        HttpResponse<String> response = sign(
                "with-reason",
                SCHMIDT,
                Map.of(),
                withReason(InForce.jointStatement("with-reason"), json.writeValueAsString(why)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(metadataOf("with-reason").get("reason").asText()).isEqualTo(why);
        var published = AgreementTopic.recordsOf(bootstrapServers, "with-reason", 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(AgreementTopic.header(published, EventHeaders.REASON)).isEqualTo(why);
    }

    @Test
    void recordsNoReasonWhenTheCommandGivesNone() throws Exception {
        sign("without-reason", SCHMIDT, Map.of());

        assertThat(metadataOf("without-reason").has("reason")).isFalse();
    }

    @Test
    void acceptsAReasonOfAThousandCharactersAndRefusesALongerOne() throws Exception {
        String longest = "r".repeat(Limits.REASON);
        assertThat(sign(
                                "long-reason",
                                SCHMIDT,
                                Map.of(),
                                withReason(InForce.jointStatement("long-reason"), "\"" + longest + "\""))
                        .statusCode())
                .isEqualTo(201);

        JsonNode problem = problem(
                sign(
                        "too-long-reason",
                        SCHMIDT,
                        Map.of(),
                        withReason(InForce.jointStatement("too-long-reason"), "\"" + longest + "r\"")),
                400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(eventsOf("too-long-reason")).isZero();
    }

    @Test
    void refusesAReasonOutsideThePublishedLanguage() throws Exception {
        JsonNode problem = problem(
                sign(
                        "control-reason",
                        SCHMIDT,
                        Map.of(),
                        withReason(InForce.jointStatement("control-reason"), "\"bell \\u0007\"")),
                400);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("text-characters");
        assertThat(eventsOf("control-reason")).isZero();
    }

    private static String withReason(String body, String reasonJson) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"reason\": " + reasonJson + "}";
    }

    private HttpResponse<String> sign(String agreementId, String token, Map<String, String> headers) throws Exception {
        return sign(agreementId, token, headers, InForce.jointStatement(agreementId));
    }

    private HttpResponse<String> sign(String agreementId, String token, Map<String, String> headers, String body)
            throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(bearer(token));
        return new RawHttp(http.getRootUri()).post("/api/agreements", body, all);
    }

    private JsonNode metadataOf(String agreementId) throws Exception {
        return json.readTree(
                jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                        .param(agreementId)
                        .query(String.class)
                        .single());
    }
}
