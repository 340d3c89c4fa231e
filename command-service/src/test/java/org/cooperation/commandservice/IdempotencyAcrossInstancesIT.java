package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keys live in PostgreSQL, not in a process: a second instance of the service on the same
 * database, started after the first answered (as after a restart), knows the key, and requests
 * spread over both instances at once still store one event.
 */
class IdempotencyAcrossInstancesIT extends CommandServiceIT {

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

        List<HttpResponse<String>> answers = Simultaneously.run(10,
                i -> () -> sign(instances.get(i % 2), "two-instances", "key-two-instances"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
        assertThat(eventsOf("two-instances")).isOne();
    }

    private RawHttp primary() {
        return new RawHttp(http.getRootUri());
    }

    private RawHttp startSecondInstance() {
        // Command-line arguments, as an operator would start it: they outrank application.yml.
        second = new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + IDENTITY.publicKeyLocation(),
                "--axoniq.update-checker.disabled=true");
        int port = ((ServletWebServerApplicationContext) second).getWebServer().getPort();
        return new RawHttp("http://localhost:" + port);
    }

    private static HttpResponse<String> sign(RawHttp instance, String agreementId, String key) throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        headers.put("Idempotency-Key", key);
        return instance.post("/api/agreements", Requests.jointStatement(agreementId), headers);
    }
}
