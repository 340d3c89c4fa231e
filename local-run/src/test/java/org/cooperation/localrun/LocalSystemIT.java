package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.localinfra.SampleAgreements;
import org.cooperation.partner.PartnerConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One agreement through every real part, each in its own process: HTTP into command-service,
 * the event store in PostgreSQL, the publisher, the KRaft broker, query-service's consumer, its
 * read models and its HTTP API.
 */
class LocalSystemIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalSystem system;
    private static Path data;
    private static String secretariatToken;

    @BeforeAll
    static void start() throws Exception {
        // Under target/, not /tmp: as root, PostgreSQL runs as an unprivileged user who cannot enter 0700 temp folders.
        data = Path.of("target", "local-system-it-" + System.currentTimeMillis())
                .toAbsolutePath();
        LocalSettings settings =
                LocalSettings.fromEnvironment(Map.of()).withDataDirectory(data).withPorts(0, 0, 0, 0);
        system = LocalSystem.start(settings);
        secretariatToken = system.identity()
                .token(
                        "e2e-secretariat",
                        "e2e-suite",
                        List.of("SECRETARIAT"),
                        null,
                        Instant.now().plus(Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void showsASignedAgreementAndItsExpiryInTheQueryApi() throws Exception {
        HttpResponse<String> signed = post("/api/agreements", jointStatement("jp-de-iot-2016"));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        long version = JSON.readTree(signed.body()).get("version").asLong();

        // Its term ended on 2021-04-27, so the command service records the expiry at once.
        JsonNode current = await(
                "/api/agreements/jp-de-iot-2016",
                body -> body.path("agreement").path("version").asLong(-1) >= version + 1);
        assertThat(current.get("agreement").get("status").asText()).isEqualTo("EXPIRED");
        assertThat(current.get("agreement").get("term").get("termEndsOn").asText())
                .isEqualTo("2021-04-27");

        JsonNode history =
                JSON.readTree(get("/api/agreements/jp-de-iot-2016/history").body());
        assertThat(history.get("events").size()).isEqualTo(2);
        assertThat(history.get("events").get(0).get("type").asText())
                .isEqualTo("org.cooperation.agreement.AgreementSigned.v4");
        assertThat(history.get("events").get(0).get("correlationId").asText()).isEqualTo("e2e-correlation");
        assertThat(history.get("events").get(0).get("principal").asText()).isEqualTo("e2e-secretariat");
        assertThat(history.get("events").get(0).get("client").asText()).isEqualTo("e2e-suite");
        assertThat(history.get("events").get(1).get("type").asText())
                .isEqualTo("org.cooperation.agreement.AgreementExpired.v1");
        assertThat(history.get("events").get(1).get("principal").asText()).isEqualTo("system:deadline");
    }

    @Test
    void letsAPartnerSeeOnlyItsOwnAgreements() throws Exception {
        HttpResponse<String> signed = post("/api/agreements", jointStatement("jp-de-partner-view"));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        await("/api/agreements/jp-de-partner-view", body -> body.has("agreement"));

        assertThat(get(
                                "/api/agreements/jp-de-partner-view",
                                Token.issue(new String[] {"PARTNER", "JP-METI"}, environment()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(
                                "/api/agreements/jp-de-partner-view",
                                Token.issue(new String[] {"PARTNER", "IN-MEITY"}, environment()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void acceptsTheTokenScriptsTokenInBothServicesAndRefusesOneWithoutExpiry() throws Exception {
        String secretariat = Token.issue(new String[] {"SECRETARIAT"}, environment());
        Map<String, Object> claims = system.identity()
                .claims(
                        "e2e-secretariat",
                        "e2e-suite",
                        List.of("SECRETARIAT"),
                        null,
                        Instant.now().plusSeconds(600));
        claims.remove("exp");
        String withoutExpiry = system.identity().sign(claims);

        assertThat(post("/api/agreements", jointStatement("token-script"), secretariat)
                        .statusCode())
                .isEqualTo(201);
        await("/api/agreements/token-script", body -> body.has("agreement"));
        assertThat(get("/api/agreements/token-script", secretariat).statusCode())
                .isEqualTo(200);
        assertThat(post("/api/agreements", jointStatement("no-expiry"), withoutExpiry)
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/api/agreements/token-script", withoutExpiry).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesRequestsWithoutAToken() throws Exception {
        HttpResponse<String> command = HTTP.send(
                HttpRequest.newBuilder(URI.create(system.commandService().url() + "/api/agreements"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(jointStatement("no-token")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> query = HTTP.send(
                HttpRequest.newBuilder(URI.create(system.queryService().url() + "/api/agreements/no-token"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(command.statusCode()).isEqualTo(401);
        assertThat(query.statusCode()).isEqualTo(401);
    }

    @Test
    void givesAPartnerAgencyTypedEventsThroughTheClientLibrary() throws Exception {
        assertThat(post("/api/agreements", jointStatement("partner-typed")).statusCode())
                .isEqualTo(201);

        List<ReceivedEvent> received = new ArrayList<>();
        try (PartnerConsumer partner = new PartnerConsumer(bootstrapServers(), "partner-it-" + System.nanoTime())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.stream().noneMatch(e -> e.agreementId().value().equals("partner-typed"))
                    && System.nanoTime() < deadline) {
                partner.poll(Duration.ofMillis(500), received::add);
            }
        }

        ReceivedEvent signed = received.stream()
                .filter(e -> e.agreementId().value().equals("partner-typed"))
                .findFirst()
                .orElseThrow();
        assertThat(signed.sequence()).isZero();
        assertThat(signed.event())
                .isInstanceOfSatisfying(
                        AgreementSigned.class,
                        event -> assertThat(event.termEndsOn()).isEqualTo("2021-04-27"));
    }

    /** The first-use path of README.md: kcat, the Kafka client most agencies try first. */
    @Test
    void givesAPartnerAgencyTheEventsThroughKcat() throws Exception {
        assumeTrue(kcatInstalled() || Boolean.getBoolean("kcat.required"), "kcat is not installed");
        assertThat(post("/api/agreements", jointStatement("partner-kcat")).statusCode())
                .isEqualTo(201);

        String output = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!output.contains("partner-kcat|") && System.nanoTime() < deadline) {
            Process kcat = new ProcessBuilder(
                            "kcat",
                            "-b",
                            bootstrapServers(),
                            "-t",
                            "agreements.events.v1",
                            "-C",
                            "-e",
                            "-q",
                            "-f",
                            "%k|%h|%s\n")
                    .redirectErrorStream(true)
                    .start();
            output = new String(kcat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            kcat.waitFor();
        }

        String line = output.lines()
                .filter(l -> l.startsWith("partner-kcat|"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("kcat never showed partner-kcat"));
        assertThat(line)
                .contains(
                        "ce_type=org.cooperation.agreement.AgreementSigned.v4",
                        "sequence=0",
                        "\"termEndsOn\":\"2021-04-27\"");
    }

    private static boolean kcatInstalled() {
        try {
            return new ProcessBuilder("kcat", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String bootstrapServers() {
        return system.kafka().bootstrapServers();
    }

    @Test
    void keepsEachServiceWithinItsMemoryBudget() {
        assertThat(system.commandService().rssKilobytes()).isPositive().isLessThan(512 * 1024);
        assertThat(system.queryService().rssKilobytes()).isPositive().isLessThan(512 * 1024);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, secretariatToken);
    }

    private static HttpResponse<String> post(String path, String body, String token)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.commandService().url() + path))
                        .header("Content-Type", "application/json")
                        .header("X-Correlation-Id", "e2e-correlation")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, system.identity().token("AUDITOR", null));
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.queryService().url() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The environment ./token would see: the same data directory as the system under test. */
    private static Map<String, String> environment() {
        return Map.of("LOCAL_DATA_DIR", data.toString());
    }

    private static JsonNode await(String path, java.util.function.Predicate<JsonNode> condition) throws Exception {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            return Awaitility.await()
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> {
                                last.set(get(path));
                                return last.get().statusCode() == 200
                                        ? JSON.readTree(last.get().body())
                                        : null;
                            },
                            body -> body != null && condition.test(body));
        } catch (ConditionTimeoutException e) {
            HttpResponse<String> answer = last.get();
            throw new AssertionError("GET " + path + " never caught up; last answer "
                    + (answer == null ? null : answer.statusCode() + " " + answer.body())
                    + "\ncommand-service:\n" + system.commandService().logTail()
                    + "\nquery-service:\n" + system.queryService().logTail());
        }
    }

    private static String jointStatement(String id) {
        return SampleAgreements.jointStatement(id, SampleAgreements.SIGNED_ON);
    }
}
