package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's doors, as a browser meets them: a session cookie, CSRF tokens, the token sign-in,
 * and the relay to both APIs under the signed-in person's token and roles. command-service is a
 * small HTTP server here that records what reached it and answers as command-service does; the
 * console's end-to-end flows on the real system are local-run's ConsoleIT, in Chromium.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleIT extends QueryServiceIT {

    private static final HttpServer COMMAND_SERVICE = commandService();
    private static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void console(DynamicPropertyRegistry registry) {
        registry.add("agreements.console.token-sign-in", () -> "true");
        registry.add(
                "agreements.console.command-api",
                () -> "http://127.0.0.1:" + COMMAND_SERVICE.getAddress().getPort());
        // A provider named by its endpoints, so that nothing is fetched from it at start-up.
        String client = "spring.security.oauth2.client.registration.console.";
        registry.add(client + "client-id", () -> "console-test");
        registry.add(client + "client-secret", () -> "not-a-secret");
        registry.add(client + "client-name", () -> "the test provider");
        registry.add(client + "scope", () -> "openid");
        registry.add(client + "authorization-grant-type", () -> "authorization_code");
        registry.add(client + "redirect-uri", () -> "{baseUrl}/console/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.console.";
        registry.add(provider + "authorization-uri", () -> "https://login.example.org/authorize");
        registry.add(provider + "token-uri", () -> "https://login.example.org/token");
        registry.add(provider + "jwk-set-uri", () -> "https://login.example.org/keys");
        registry.add(provider + "user-name-attribute", () -> "sub");
    }

    /** Answers a command as command-service does: 200 with the version and its ETag, or a rule's 422. */
    private static HttpServer commandService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/agreements/", exchange -> {
                RECEIVED.put("path", exchange.getRequestURI().toString());
                exchange.getRequestHeaders().forEach((name, values) -> RECEIVED.put(name.toLowerCase(), values.get(0)));
                RECEIVED.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                boolean refused = RECEIVED.get("body").contains("2001-01-01");
                byte[] answer = (refused
                                ? "{\"type\":\"urn:cooperation-agreements:problem:rule-violation\",\"status\":422,"
                                        + "\"rule\":\"field-outside-period-in-force\",\"field\":\"addedOn\"}"
                                : "{\"agreementId\":\"console-jp-de\",\"version\":1}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .add("Content-Type", refused ? "application/problem+json" : "application/json");
                exchange.getResponseHeaders().add("ETag", "\"1\"");
                exchange.sendResponseHeaders(refused ? 422 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopCommandService() {
        COMMAND_SERVICE.stop(0);
    }

    @BeforeEach
    void recordTwoAgreements() throws Exception {
        if (!get("/api/agreements/console-de-fr").getStatusCode().is2xxSuccessful()) {
            publish(Events.signed("console-jp-de"), 0);
            publish(
                    Events.signed(
                            "console-de-fr",
                            LocalDate.parse("2020-01-01"),
                            List.of(Events.party("DE-BMWI", "DE"), Events.party("FR-MEF", "FR")),
                            List.of()),
                    0);
            awaitJson("/api/agreements/console-de-fr", body -> body.has("agreement"));
            awaitJson("/api/agreements/console-jp-de", body -> body.has("agreement"));
        }
        RECEIVED.clear();
    }

    /** A browser of its own: cookies kept, redirects not followed, so that each answer can be seen. */
    private final class Visitor {
        final HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String csrfHeader;
        String csrfToken;

        HttpResponse<String> get(String path) throws Exception {
            return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json, Map<String, String> headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(request::header);
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode session() throws Exception {
            JsonNode session = json.readTree(get("/console/api/session").body());
            csrfHeader = session.at("/csrf/header").asText();
            csrfToken = session.at("/csrf/token").asText();
            return session;
        }

        Map<String, String> csrf() {
            return Map.of(csrfHeader, csrfToken);
        }

        HttpResponse<String> signIn(String token) throws Exception {
            session();
            return post("/console/sign-in", json.writeValueAsString(Map.of("token", token)), csrf());
        }

        Visitor signedInAs(String token) throws Exception {
            assertThat(signIn(token).statusCode()).isEqualTo(204);
            session();
            return this;
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void sendsAPersonWithoutASessionToSignInAndAnswersItsScriptsWith401() throws Exception {
        Visitor visitor = new Visitor();

        HttpResponse<String> page = visitor.get("/console/agreements/console-jp-de");
        HttpResponse<String> read = visitor.get("/console/api/queries/agreements/console-jp-de");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console/sign-in"));
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(json.readTree(read.body()).get("type").asText()).endsWith(":unauthenticated");
    }

    @Test
    void servesPagesWithAPolicyAllowingNoInlineScriptOrStyleAndASessionCookieScriptsCannotRead() throws Exception {
        Visitor visitor = new Visitor();

        HttpResponse<String> signIn = visitor.get("/console/sign-in");
        HttpResponse<String> session = visitor.get("/console/api/session");

        String policy = signIn.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(signIn.body()).doesNotContain("<script>", "style=");
        assertThat(session.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie ->
                        assertThat(cookie).startsWith("CONSOLE_SESSION=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(visitor.get("/console/assets/app.js").headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void offersTheProvidersSignInWhichStartsTheAuthorizationCodeFlowComingBackToTheConsole() throws Exception {
        Visitor visitor = new Visitor();

        JsonNode methods = visitor.session().get("signInWith");
        String href = methods.get(0).get("href").asText();
        HttpResponse<String> toProvider = visitor.get(href);

        assertThat(methods).extracting(method -> method.get("kind").asText()).containsExactly("oidc", "token");
        assertThat(methods.get(0).get("name").asText()).isEqualTo("the test provider");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI location = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost()).isEqualTo("login.example.org");
        assertThat(location.getQuery())
                .contains(
                        "response_type=code",
                        "client_id=console-test",
                        "scope=openid",
                        "state=",
                        "redirect_uri=http://localhost:" + port + "/console/oauth2/code/console");
    }

    @Test
    void refusesASignInWithoutTheSessionsCsrfToken() throws Exception {
        Visitor visitor = new Visitor();
        visitor.session();

        HttpResponse<String> forged = visitor.post(
                "/console/sign-in",
                json.writeValueAsString(Map.of("token", IDENTITY.token(Roles.AUDITOR, null))),
                Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json.readTree(visitor.get("/console/api/session").body())
                        .get("signedIn")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesATokenTheServicesDoNotTrustNamingTheFieldAndRule() throws Exception {
        Map<String, Object> claims = IDENTITY.claims(
                "auditor", "desk", List.of(Roles.AUDITOR), null, Instant.now().plusSeconds(600));
        claims.put("aud", "mail");
        Visitor visitor = new Visitor();

        HttpResponse<String> refused = visitor.signIn(IDENTITY.sign(claims));

        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode error = json.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("token");
        assertThat(error.get("rule").asText()).isEqualTo("token-refused");
        assertThat(visitor.get("/console/api/queries/agreements").statusCode()).isEqualTo(401);
    }

    @Test
    void signsInUnderANewSessionIdAndReadsWithThePartnersScope() throws Exception {
        Visitor visitor = new Visitor();
        visitor.session();
        String before = cookie(visitor);

        visitor.signedInAs(IDENTITY.token(Roles.PARTNER, "JP-METI"));
        JsonNode session = visitor.session();
        HttpResponse<String> list = visitor.get("/console/api/queries/agreements?sort=agreementId,asc");
        HttpResponse<String> own = visitor.get("/console/api/queries/agreements/console-jp-de");
        HttpResponse<String> others = visitor.get("/console/api/queries/agreements/console-de-fr");

        assertThat(cookie(visitor))
                .as("a new session id after sign-in (no fixation)")
                .isNotEqualTo(before);
        assertThat(session.get("roles")).extracting(JsonNode::asText).containsExactly("PARTNER");
        assertThat(session.get("party").asText()).isEqualTo("JP-METI");
        assertThat(json.readTree(list.body()).get("items"))
                .extracting(item -> item.get("agreementId").asText())
                .contains("console-jp-de")
                .doesNotContain("console-de-fr");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("ETag")).isPresent();
        assertThat(others.statusCode())
                .as("another party's agreement, as the API answers it")
                .isEqualTo(404);
        assertThat(json.readTree(others.body()).get("type").asText()).endsWith(":agreement-not-found");
    }

    @Test
    void relaysTheSecretariatsCommandWithItsTokenIdempotencyKeyAndVersionAndTheRefusalAsGiven(CapturedOutput output)
            throws Exception {
        String token = IDENTITY.token(Roles.SECRETARIAT, null);
        Visitor visitor = new Visitor().signedInAs(token);
        Map<String, String> headers = new java.util.HashMap<>(visitor.csrf());
        headers.put("Idempotency-Key", "console-1");
        headers.put("If-Match", "\"0\"");

        HttpResponse<String> recorded = visitor.post(
                "/console/api/commands/agreements/console-jp-de/fields",
                "{\"field\":\"Hydrogen\",\"addedOn\":\"2017-01-01\"}",
                headers);
        Map<String, String> received = Map.copyOf(RECEIVED);
        HttpResponse<String> refused = visitor.post(
                "/console/api/commands/agreements/console-jp-de/fields",
                "{\"field\":\"Hydrogen\",\"addedOn\":\"2001-01-01\"}",
                headers);

        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json.readTree(recorded.body()).get("version").asInt()).isEqualTo(1);
        assertThat(received)
                .containsEntry("path", "/api/agreements/console-jp-de/fields")
                .containsEntry("authorization", "Bearer " + token)
                .containsEntry("idempotency-key", "console-1")
                .containsEntry("if-match", "\"0\"")
                .containsEntry("body", "{\"field\":\"Hydrogen\",\"addedOn\":\"2017-01-01\"}")
                .doesNotContainKey("cookie");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("rule").asText()).isEqualTo("field-outside-period-in-force");
        assertThat(output.getAll()).as("no token in the log").doesNotContain(token);
    }

    @Test
    void refusesACommandWithoutTheCsrfTokenAndAnyCommandOfAnAuditor() throws Exception {
        Visitor secretariat = new Visitor().signedInAs(IDENTITY.token(Roles.SECRETARIAT, null));
        Visitor auditor = new Visitor().signedInAs(IDENTITY.token(Roles.AUDITOR, null));
        String body = "{\"field\":\"Hydrogen\",\"addedOn\":\"2017-01-01\"}";

        HttpResponse<String> forged =
                secretariat.post("/console/api/commands/agreements/console-jp-de/fields", body, Map.of());
        HttpResponse<String> audited =
                auditor.post("/console/api/commands/agreements/console-jp-de/fields", body, auditor.csrf());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(audited.statusCode()).isEqualTo(403);
        assertThat(RECEIVED).as("nothing reached command-service").isEmpty();
    }

    @Test
    void asksToSignInAgainOnceTheSessionsTokenHasExpired() throws Exception {
        Visitor visitor = new Visitor()
                .signedInAs(IDENTITY.token(
                        "auditor",
                        "desk",
                        List.of(Roles.AUDITOR),
                        null,
                        Instant.now().plusSeconds(2)));
        Thread.sleep(2_500);

        HttpResponse<String> read = visitor.get("/console/api/queries/agreements/console-jp-de");

        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(json.readTree(read.body()).get("detail").asText()).contains("expired");
        assertThat(visitor.session().get("signedIn").asBoolean()).isFalse();
    }

    private String cookie(Visitor visitor) {
        return ((CookieManager) visitor.browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(each -> each.getName().equals("CONSOLE_SESSION"))
                        .map(Object::toString)
                        .findFirst()
                        .orElse("");
    }
}
