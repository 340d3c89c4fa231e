package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cooperation.localinfra.LocalIdentity;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;

/** Only the secretariat sends commands; nobody without a valid token gets past the door. */
class AccessIT extends CommandServiceIT {

    @Test
    void refusesACommandWithoutAToken() throws Exception {
        HttpResponse<String> response = sign("no-token", Map.of());

        JsonNode problem = problem(response, 401);
        assertThat(problem.get("type").asText()).endsWith(":unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(eventsOf("no-token")).isZero();
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String expired = IDENTITY.token(
                "test-secretariat",
                "test-suite",
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().minusSeconds(120));

        HttpResponse<String> response = sign("expired", bearer(expired));

        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
        assertThat(eventsOf("expired")).isZero();
    }

    @Test
    void refusesATokenWithoutExpiryAndSaysSo() throws Exception {
        assertRefusedFor("exp", "no-expiry", claims -> claims.remove("exp"));
    }

    @Test
    void refusesATokenValidForTenYears() throws Exception {
        JsonNode problem = assertRefusedFor(
                "exp",
                "ten-years",
                claims -> claims.put(
                        "exp", Instant.now().plus(Duration.ofDays(3650)).getEpochSecond()));

        assertThat(problem.get("detail").asText()).contains("PT12H");
    }

    @Test
    void refusesATokenWithoutIssuedAt() throws Exception {
        assertRefusedFor("iat", "no-issued-at", claims -> claims.remove("iat"));
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        assertRefusedFor(
                "iss", "other-issuer", claims -> claims.put("iss", "https://login.example.org/realms/elsewhere"));
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        assertRefusedFor("aud", "other-audience", claims -> claims.put("aud", "mail"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() throws Exception {
        LocalIdentity stranger = LocalIdentity.loadOrCreate(Path.of("target", "stranger-identity"));

        problem(sign("forged", bearer(stranger.token(Roles.SECRETARIAT, null))), 401);
        assertThat(eventsOf("forged")).isZero();
    }

    @Test
    void refusesSomethingThatIsNotAToken() throws Exception {
        problem(sign("garbage", bearer("not.a.token")), 401);
        problem(sign("garbage", Map.of("Authorization", "Basic c2VjcmV0YXJpYXQ6cGFzc3dvcmQ=")), 401);
        assertThat(eventsOf("garbage")).isZero();
    }

    @Test
    void refusesAnAuditorsCommand() throws Exception {
        JsonNode problem = problem(sign("by-auditor", bearer(IDENTITY.token(Roles.AUDITOR, null))), 403);

        assertThat(problem.get("type").asText()).endsWith(":forbidden");
        assertThat(eventsOf("by-auditor")).isZero();
    }

    @Test
    void refusesAPartnersCommand() throws Exception {
        problem(sign("by-partner", bearer(IDENTITY.token(Roles.PARTNER, "JP-METI"))), 403);
        assertThat(eventsOf("by-partner")).isZero();
    }

    @Test
    void refusesATokenWithoutRoles() throws Exception {
        String roleless = IDENTITY.token(
                "someone", "test-suite", List.of(), null, Instant.now().plusSeconds(600));

        problem(sign("roleless", bearer(roleless)), 403);
        assertThat(eventsOf("roleless")).isZero();
    }

    @Test
    void acceptsTheSecretariatsCommand() throws Exception {
        HttpResponse<String> response = sign("by-secretariat", bearer(IDENTITY.token(Roles.SECRETARIAT, null)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(eventsOf("by-secretariat")).isOne();
    }

    @Test
    void keepsHealthOpenAndTheRestOfActuatorForTheSecretariat() throws Exception {
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
        problem(get("/actuator/metrics", Map.of()), 401);
        problem(get("/actuator/metrics", bearer(IDENTITY.token(Roles.AUDITOR, null))), 403);
        assertThat(get("/actuator/metrics", bearer(SECRETARIAT_TOKEN)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void closesEveryPathNobodyOpened() throws Exception {
        problem(get("/internal/anything", Map.of()), 401);
        problem(get("/internal/anything", bearer(SECRETARIAT_TOKEN)), 403);
    }

    @Test
    void describesTheApiWithoutATokenAndSaysThatTheApiNeedsOne() throws Exception {
        HttpResponse<String> description = get("/v3/api-docs", Map.of());

        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode scheme = json.readTree(description.body())
                .path("components")
                .path("securitySchemes")
                .path("bearer");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(json.readTree(description.body()).path("security").get(0).has("bearer"))
                .isTrue();
    }

    /**
     * A secretariat's command with a token whose claims were changed so: a 401 whose problem detail
     * names the claim but not the issuer or audience expected, Spring's invalid_token header, and
     * nothing stored.
     */
    private JsonNode assertRefusedFor(String claim, String agreementId, Consumer<Map<String, Object>> change)
            throws Exception {
        Map<String, Object> claims = IDENTITY.claims(
                "test-secretariat",
                "test-suite",
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plusSeconds(600));
        change.accept(claims);
        HttpResponse<String> response = sign(agreementId, bearer(IDENTITY.sign(claims)));

        JsonNode problem = problem(response, 401);
        assertThat(problem.get("type").asText()).endsWith(":unauthenticated");
        assertThat(problem.get("claims").toString()).isEqualTo("[\"" + claim + "\"]");
        assertThat(problem.get("detail").asText())
                .contains(claim + ":")
                .doesNotContain(LocalIdentity.ISSUER, LocalIdentity.AUDIENCE);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
        assertThat(eventsOf(agreementId)).isZero();
        return problem;
    }

    private HttpResponse<String> sign(String agreementId, Map<String, String> headers) throws Exception {
        return raw().post("/api/agreements", InForce.jointStatement(agreementId), headers);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return raw().get(path, headers);
    }

    private RawHttp raw() {
        return new RawHttp(http.getRootUri());
    }
}
