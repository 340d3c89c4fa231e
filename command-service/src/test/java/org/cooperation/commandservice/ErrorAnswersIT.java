package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spring's and the container's own answers speak the contract's words: a problem detail for
 * every error, no framework wording, and nothing of the request echoed back.
 */
class ErrorAnswersIT extends CommandServiceIT {

    @Test
    void answersAnUnknownPathWithoutFrameworkWording() throws Exception {
        for (String method : List.of("GET", "DELETE", "PUT")) {
            JsonNode problem = problem(raw().send(method, "/api/treaties/1", null, bearer(SECRETARIAT_TOKEN)), 404);

            assertThat(problem.toString()).as(method).doesNotContain("static resource", "No endpoint");
        }
    }

    @Test
    void answersAMethodAPathDoesNotTakeWithItsAllowedMethods() throws Exception {
        for (String path :
                List.of("/api/agreements", "/api/agreements/any/fields", "/api/agreements/any/termination-notices")) {
            for (String method : List.of("DELETE", "PUT", "PATCH")) {
                HttpResponse<String> response = raw().send(method, path, null, bearer(SECRETARIAT_TOKEN));

                problem(response, 405);
                assertThat(response.headers().firstValue("Allow"))
                        .as(method + " " + path)
                        .hasValue("POST");
            }
        }
    }

    @Test
    void answersAHealthComponentHiddenFromTheCallerWithAProblem() throws Exception {
        problem(raw().get("/actuator/health/db", Map.of()), 404);
        problem(raw().get("/actuator/health/no-such-component", Map.of()), 404);
    }

    @Test
    void answersTraceWithAProblem() throws Exception {
        URI root = URI.create(http.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream()
                    .write(("TRACE /api/agreements HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + SECRETARIAT_TOKEN + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response)
                    .startsWith("HTTP/1.1 405")
                    .contains("Content-Type: application/problem+json")
                    .contains("\"status\":405")
                    .doesNotContain(SECRETARIAT_TOKEN);
        }
    }

    @Test
    void describesItsServerWithoutTheRequestsHost() throws Exception {
        HttpResponse<String> response = raw().get("/v3/api-docs", Map.of("X-Forwarded-Host", "evil.example"));
        JsonNode document = json.readTree(response.body());

        assertThat(response.body()).doesNotContain("evil.example", "localhost", "127.0.0.1");
        assertThat(document.get("servers").get(0).get("url").asText()).isEqualTo("/");
    }

    private RawHttp raw() {
        return new RawHttp(http.getRootUri());
    }
}
