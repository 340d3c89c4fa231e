package org.cooperation.localrun;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperation.localinfra.SampleAgreements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule 17 end to end, as a secretariat officer and an auditor meet it through HTTP: the 2016 Joint
 * Statement's extension entered with METI's consent letter typed as 2015-02-10 (for 2021-02-10),
 * a year before the statement was signed. The command side refuses such a letter today, so the
 * mistaken extension is written into the event store as the version before plausible dates stored it
 * (with the expiry its deadline then recorded); everything else goes through the services. The
 * requests and answers are written to {@code target/worked-example/corrections.md}.
 */
class CorrectionWorkedExampleIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "jp-de-iot-2016";
    private static final String WHY =
            "METI's letter METI-MIPO-2021-4 is dated 2021-02-10, not 2015-02-10 (registry file 2021/17)";

    private static LocalSystem system;
    private static String secretariat;
    private static String auditor;
    private static final StringBuilder TRANSCRIPT = new StringBuilder();

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of("target", "worked-example-it-" + System.currentTimeMillis())
                .toAbsolutePath();
        system = LocalSystem.start(
                LocalSettings.fromEnvironment(Map.of()).withDataDirectory(data).withPorts(0, 0, 0, 0));
        secretariat = system.identity()
                .token(
                        "maria.schmidt@bmwi.example",
                        "secretariat-desk",
                        List.of("SECRETARIAT"),
                        null,
                        Instant.now().plus(Duration.ofHours(1)));
        auditor = system.identity()
                .token(
                        "auditor@example.org",
                        "audit-desk",
                        List.of("AUDITOR"),
                        null,
                        Instant.now().plus(Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() throws Exception {
        Path out = Path.of("target", "worked-example", "corrections.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, TRANSCRIPT.toString(), UTF_8);
        if (system != null) {
            system.close();
        }
    }

    @Test
    void retractsTheMistakenLetterAndEntersTheCorrectedExtensionInItsPlace() throws Exception {
        note("## The statement, signed 2016-04-28 for five years; its expiry is recorded at once");
        post("/api/agreements", SampleAgreements.jointStatement(ID, SampleAgreements.SIGNED_ON));
        awaitVersion(1);

        note("## Today a letter dated before the signature is refused");
        HttpResponse<String> refused = post("/api/agreements/" + ID + "/extensions", extension("2015-02-10"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("rule").asText()).isEqualTo("consent-before-signature");
        assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("consents[1].letterDate");

        note("## The mistake as an earlier version stored it (written into the event store, not through HTTP):"
                + " ExpiryRevoked, TermExtended with METI's letter of 2015-02-10, and the expiry at the extended end");
        storeTheMistake();
        awaitVersion(4);
        Instant beforeTheCorrection = Instant.now();
        note("An instant before the correction: `" + beforeTheCorrection + "`");

        note("## Before the correction");
        JsonNode historyBefore = history();
        assertThat(historyBefore
                        .get(3)
                        .get("payload")
                        .get("consents")
                        .get(1)
                        .get("letterDate")
                        .asText())
                .isEqualTo("2015-02-10");
        JsonNode feb2021Before = get("/api/agreements/" + ID + "?asOf=2021-02-05");
        assertThat(feb2021Before.get("agreement").get("term").get("termEndsOn").asText())
                .isEqualTo("2026-04-27");

        note("## The correction: retract sequence 3 and enter the extension with the right letter in its place");
        HttpResponse<String> corrected =
                post("/api/agreements/" + ID + "/corrections", """
                {"sequence": 3, "reason": "%s",
                 "replacement": %s}""".formatted(WHY, extension("2021-02-10")));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(JSON.readTree(corrected.body()).get("version").asLong()).isEqualTo(7);
        awaitVersion(8);

        note("## After the correction");
        JsonNode current = get("/api/agreements/" + ID).get("agreement");
        assertThat(current.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(current.get("term").get("termEndsOn").asText()).isEqualTo("2026-04-27");
        JsonNode feb2021 = get("/api/agreements/" + ID + "?asOf=2021-02-05").get("agreement");
        assertThat(feb2021.get("term").get("termEndsOn").asText())
                .as("on 2021-02-05 METI had not yet written its letter: the term was not extended")
                .isEqualTo("2021-04-27");
        JsonNode asRecordedBefore = get("/api/agreements/" + ID + "?asOf=2021-02-05&recordedAsOf="
                        + beforeTheCorrection)
                .get("agreement");
        assertThat(asRecordedBefore.get("term").get("termEndsOn").asText())
                .as("the record before the correction still shows the mistake")
                .isEqualTo("2026-04-27");
        JsonNode historyAfter = history();
        assertThat(historyAfter.get(3).get("retractedBy").get("sequence").asLong())
                .isEqualTo(5);
        assertThat(historyAfter.get(3).get("retractedBy").get("principal").asText())
                .isEqualTo("maria.schmidt@bmwi.example");
        assertThat(historyAfter.get(3).get("retractedBy").get("reason").asText())
                .isEqualTo(WHY);
        assertThat(historyAfter.findValuesAsText("type"))
                .containsExactly(
                        "org.cooperation.agreement.AgreementSigned.v4",
                        "org.cooperation.agreement.AgreementExpired.v1",
                        "org.cooperation.agreement.ExpiryRevoked.v1",
                        "org.cooperation.agreement.TermExtended.v1",
                        "org.cooperation.agreement.AgreementExpired.v1",
                        "org.cooperation.agreement.FactRetracted.v1",
                        "org.cooperation.agreement.ExpiryRevoked.v1",
                        "org.cooperation.agreement.TermExtended.v1",
                        "org.cooperation.agreement.AgreementExpired.v1");
    }

    private static String extension(String metiLetter) {
        return """
                {"consents": [
                  {"party": "DE-BMWI", "letterDate": "2021-02-01", "reference": "BMWi IV-2021-17"},
                  {"party": "JP-METI", "letterDate": "%s", "reference": "METI-MIPO-2021-4"}]}""".formatted(metiLetter);
    }

    /** Rows 2 to 4 as the command side wrote them before consent letters were judged against the signature. */
    private static void storeTheMistake() throws Exception {
        var postgres = system.postgres();
        try (Connection connection =
                DriverManager.getConnection(postgres.jdbcUrl("agreements"), postgres.username(), postgres.password())) {
            store(
                    connection,
                    2,
                    "org.cooperation.agreement.api.event.ExpiryRevoked",
                    """
                    {"agreementId":"%s","revokedExpiredOn":"2021-04-28","reason":"an extension entered later has \
                    consents dated on or before the term's last day 2021-04-27"}""".formatted(ID),
                    "maria.schmidt@bmwi.example");
            store(
                    connection,
                    3,
                    "org.cooperation.agreement.api.event.TermExtended",
                    """
                    {"agreementId":"%s","consents":[{"party":"DE-BMWI","letterDate":"2021-02-01","reference":"BMWi IV-2021-17"},\
                    {"party":"JP-METI","letterDate":"2015-02-10","reference":"METI-MIPO-2021-4"}],\
                    "previousTermEndsOn":"2021-04-27","termEndsOn":"2026-04-27","extensionsUsed":1,"extensionsLeft":0}""".formatted(ID),
                    "maria.schmidt@bmwi.example");
            store(
                    connection,
                    4,
                    "org.cooperation.agreement.api.event.AgreementExpired",
                    """
                    {"agreementId":"%s","lastDayInForce":"2026-04-27","expiredOn":"2026-04-28"}""".formatted(ID),
                    "system:deadline");
        }
    }

    private static void store(Connection connection, long sequence, String type, String payload, String principal)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO command.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                     metadata, payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, 'Agreement', ?, ?, ?, '1', ?, ?)""")) {
            insert.setString(1, ID);
            insert.setLong(2, sequence);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setBytes(
                    4, ("{\"correlationId\":\"entered-2024\",\"principal\":\"" + principal + "\"}").getBytes(UTF_8));
            insert.setBytes(5, payload.getBytes(UTF_8));
            insert.setString(6, type);
            insert.setString(7, Instant.now().toString());
            insert.executeUpdate();
        }
        TRANSCRIPT
                .append("    stored #")
                .append(sequence)
                .append(' ')
                .append(payload)
                .append("\n\n");
    }

    private static JsonNode history() throws Exception {
        return get("/api/agreements/" + ID + "/history").get("events");
    }

    private static void awaitVersion(long version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(query("/api/agreements/" + ID))
                    .header("Authorization", "Bearer " + auditor)
                    .build());
            if (answer.statusCode() == 200
                    && JSON.readTree(answer.body())
                                    .path("agreement")
                                    .path("version")
                                    .asLong(-1)
                            >= version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the query API never showed version " + version + "\n"
                + system.queryService().logTail() + "\n"
                + system.commandService().logTail());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        TRANSCRIPT.append("```\nPOST ").append(path).append('\n').append(body).append("\n```\n");
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(system.commandService().url() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + secretariat)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        answered(answer);
        return answer;
    }

    private static JsonNode get(String path) throws Exception {
        TRANSCRIPT.append("```\nGET ").append(path).append("\n```\n");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(query(path))
                .header("Authorization", "Bearer " + auditor)
                .build());
        answered(answer);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static URI query(String path) {
        return URI.create(system.queryService().url() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void answered(HttpResponse<String> answer) throws Exception {
        String body = answer.body().isEmpty()
                ? ""
                : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(answer.body()));
        TRANSCRIPT
                .append("```\n")
                .append(answer.statusCode())
                .append('\n')
                .append(body)
                .append("\n```\n\n");
    }

    private static void note(String text) {
        TRANSCRIPT.append(text).append("\n\n");
    }
}
