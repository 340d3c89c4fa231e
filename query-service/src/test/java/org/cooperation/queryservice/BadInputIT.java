package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.ProblemAssertions.problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Query parameters are checked like request bodies: an unknown or unreadable one is named, not ignored. */
class BadInputIT extends QueryServiceIT {

    @Test
    void refusesAQueryParameterTheEndpointDoesNotKnow() throws Exception {
        publish(Events.signed("misspelt"), 0);
        awaitJson("/api/agreements/misspelt", body -> body.has("agreement"));

        JsonNode problem = problem(get("/api/agreements/misspelt/history?sise=10"), HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("sise");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unknown-parameter");
    }

    @Test
    void namesAParameterOfTheWrongType() throws Exception {
        JsonNode problem = problem(get("/api/agreements/any/history?size=ten"), HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("integer");
        assertThat(problem.get("detail").asText()).contains("whole number");
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        problem(get("/api/agreements/any/minutes"), HttpStatus.NOT_FOUND);
        problem(get("/api/treaties"), HttpStatus.NOT_FOUND);
    }
}
