package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.ProblemAssertions.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answers web-security gives both services, seen in this one: contract words, no echoed host. */
class ErrorAnswersIT extends QueryServiceIT {

    @Test
    void answersAnUnknownPathWithoutFrameworkWording() throws Exception {
        JsonNode problem = problem(get("/api/treaties"), HttpStatus.NOT_FOUND);

        assertThat(problem.toString()).doesNotContain("static resource", "No endpoint");
    }

    @Test
    void answersAHealthComponentHiddenFromTheCallerWithAProblem() throws Exception {
        HttpHeaders auditor = new HttpHeaders();
        auditor.setBearerAuth(IDENTITY.token(
                "test-auditor",
                "test-suite",
                List.of(Roles.AUDITOR),
                null,
                Instant.now().plus(Duration.ofHours(1))));

        problem(
                http.exchange("/actuator/health/db", HttpMethod.GET, new HttpEntity<>(auditor), String.class),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void describesItsServerWithoutTheRequestsHost() throws Exception {
        ResponseEntity<String> document = get("/v3/api-docs");

        assertThat(document.getBody()).doesNotContain("localhost", "127.0.0.1");
        assertThat(json.readTree(document.getBody())
                        .get("servers")
                        .get(0)
                        .get("url")
                        .asText())
                .isEqualTo("/");
    }
}
