package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every refusal is a problem detail naming the field and the rule, and stores nothing. */
class BadInputIT extends CommandServiceIT {

    @Test
    void refusesMalformedJson() throws Exception {
        JsonNode problem = refused("{ \"title\": ", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
    }

    @Test
    void namesEveryMissingField() throws Exception {
        JsonNode problem = refused("{}", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").findValuesAsText("field"))
                .contains("title", "kind", "parties", "signedOn", "place", "term", "terminationNoticeDays");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("required");
    }

    @Test
    void namesAnUnreadableDate() throws Exception {
        JsonNode problem = refused(Requests.jointStatement("bad-date").replace("\"2016-04-28\", \"place\"", "\"28.04.2016\", \"place\""),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("signedOn");
        assertThat(problem.get("detail").asText()).contains("ISO-8601");
    }

    @Test
    void namesANestedFieldWithItsIndex() throws Exception {
        JsonNode problem = refused(Requests.jointStatement("bad-country").replace("\"country\": \"JP\"", "\"country\": \"XX\""),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("parties[1].country");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("iso-3166-1");
    }

    @Test
    void refusesAnUnknownProperty() throws Exception {
        JsonNode problem = refused(Requests.jointStatement("extra").replace("\"kind\":", "\"status\": \"TERMINATED\", \"kind\":"),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unknown-property");
    }

    @Test
    void refusesFewerThanTwoPartiesByTheAgreementsRule() throws Exception {
        String oneParty = Requests.jointStatement("one-party").replaceAll(
                "(?s)\\{ \"code\": \"JP-METI\".*?\\} \\} ]", "]").replace("} },\n", "} }\n");
        JsonNode problem = refused(oneParty, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("parties-at-least-two");
        assertThat(problem.get("field").asText()).isEqualTo("parties");
    }

    @Test
    void refusesTakingEffectBeforeSignature() throws Exception {
        JsonNode problem = refused(Requests.jointStatement("early").replace("\"effectiveFrom\": \"2016-04-28\"",
                "\"effectiveFrom\": \"2016-04-27\""), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("effective-not-before-signature");
    }

    private JsonNode refused(String body, HttpStatus expected) throws Exception {
        long before = allEvents();
        ResponseEntity<String> response = post("/api/agreements", body, Map.of());

        assertThat(response.getStatusCode()).isEqualTo(expected);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(allEvents()).isEqualTo(before);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(expected.value());
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }
}
