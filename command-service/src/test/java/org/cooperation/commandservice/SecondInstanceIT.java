package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.commandservice.RawHttp.bearer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the service on the same database, as after a restart or when scaled out.
 * Idempotency keys live in PostgreSQL, not in a process: the second instance knows the first
 * one's keys, and retries spread over both at once still store one event. And an instance told
 * no identity provider, or no issuer for the key it trusts, does not start at all, rather than run open.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecondInstanceIT extends CommandServiceIT {

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${spring.datasource.username}")
    String databaseUser;

    @Value("${spring.datasource.password:}")
    String databasePassword;

    private ConfigurableApplicationContext second;

    @AfterEach
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void givesTheFirstAnswerFromAnInstanceStartedAfterIt() throws Exception {
        HttpResponse<String> first = sign(primary(), "before-restart", "key-before-restart");

        HttpResponse<String> retry = sign(startSecondInstance(), "before-restart", "key-before-restart");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventsOf("before-restart")).isOne();
    }

    @Test
    void storesOneEventWhenRetriesReachBothInstancesAtOnce() throws Exception {
        List<RawHttp> instances = List.of(primary(), startSecondInstance());

        List<HttpResponse<String>> answers =
                Simultaneously.run(10, i -> () -> sign(instances.get(i % 2), "two-instances", "key-two-instances"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers)
                .extracting(HttpResponse::body)
                .containsOnly(answers.get(0).body());
        assertThat(eventsOf("two-instances")).isOne();
    }

    /** Each instance keeps recently used agreements in memory; neither may act on a stale copy. */
    @Test
    void takesTurnsWithTheOtherInstanceOnOneAgreementWithoutConflicts() throws Exception {
        RawHttp first = primary();
        RawHttp other = startSecondInstance();
        assertThat(sign(first, "taking-turns", "key-taking-turns").statusCode()).isEqualTo(201);

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String field : List.of("Robotics", "Digital skills", "Automobile industry", "Hydrogen")) {
            answers.add(addField(answers.size() % 2 == 0 ? first : other, "taking-turns", field));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(answer -> answer.headers().firstValue("ETag").orElseThrow())
                .containsExactly("\"1\"", "\"2\"", "\"3\"", "\"4\"");
        assertThat(eventsOf("taking-turns")).isEqualTo(5);
    }

    @Test
    void refusesToStartWithoutAnIdentityProvider(CapturedOutput output) {
        assertThatThrownBy(() -> start(false)).hasStackTraceContaining("JwtDecoder");
        assertThat(output.getOut())
                .contains("No identity provider is configured")
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
    }

    @Test
    void refusesToStartWithAKeyButNoIssuer(CapturedOutput output) {
        Map<String, Object> properties = properties();
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", IDENTITY.publicKeyLocation());

        assertThatThrownBy(() -> second = OtherInstance.start(properties)).hasStackTraceContaining("No token issuer");
        assertThat(output.getOut()).contains("The tokens' rules are incomplete").contains("AGREEMENTS_TOKENS_ISSUER");
    }

    private RawHttp primary() {
        return new RawHttp(http.getRootUri());
    }

    private RawHttp startSecondInstance() {
        start(true);
        return new RawHttp(OtherInstance.baseUrl(second));
    }

    private void start(boolean withIdentityProvider) {
        Map<String, Object> properties = properties();
        second = OtherInstance.start(withIdentityProvider ? OtherInstance.trusting(properties) : properties);
    }

    private Map<String, Object> properties() {
        return OtherInstance.on(
                Map.of(
                        "spring.datasource.url", databaseUrl,
                        "spring.datasource.username", databaseUser,
                        "spring.datasource.password", databasePassword),
                bootstrapServers);
    }

    private static HttpResponse<String> addField(RawHttp instance, String agreementId, String field) throws Exception {
        return instance.post(
                "/api/agreements/" + agreementId + "/fields",
                """
                { "field": "%s", "addedOn": "%s" }""".formatted(field, InForce.SIGNED_ON.plusDays(30)),
                bearer(SECRETARIAT_TOKEN));
    }

    private static HttpResponse<String> sign(RawHttp instance, String agreementId, String key) throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        headers.put("Idempotency-Key", key);
        return instance.post("/api/agreements", InForce.jointStatement(agreementId), headers);
    }
}
