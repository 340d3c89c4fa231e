package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.ProblemAssertions.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Query parameters are checked like request bodies: an unknown or unreadable one is named, not ignored. */
class BadInputIT extends QueryServiceIT {

    private static final String METI = IDENTITY.token(Roles.PARTNER, "JP-METI");

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

    /** PostgreSQL holds neither; the API's range is that of four-digit years, for every reader. */
    @Test
    void refusesDatesAndInstantsOutsideTheYearsOneToNineThousandNineHundredNinetyNine() throws Exception {
        publish(Events.signed("far-dates"), 0);
        awaitJson("/api/agreements/far-dates", body -> body.has("agreement"));
        Map<String, String> cases = Map.of(
                "/api/agreements/far-dates?recordedAsOf=-1000000000-01-01T00:00:00Z", "recordedAsOf",
                "/api/agreements/far-dates?recordedAsOf=-4800-01-01T00:00:00Z", "recordedAsOf",
                "/api/agreements/far-dates?asOf=-4800-01-01", "asOf",
                "/api/agreements/far-dates?asOf=0000-12-31", "asOf",
                "/api/agreements?endsBefore=%2B10000-01-01", "endsBefore",
                "/api/agreements?endsBefore=-4800-01-01", "endsBefore",
                "/api/agreements?endsBefore=%2B5874898-01-01", "endsBefore");

        for (var reader : new String[] {READER_TOKEN, METI}) {
            cases.forEach((path, field) -> assertRefused(path, reader, field, "date-range"));
        }
        assertThat(raw("/api/agreements?endsBefore=9999-12-31", METI).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(raw("/api/agreements/far-dates?asOf=0001-01-01", METI).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesARepeatedParameterThatTakesOneValue() throws Exception {
        assertRefused(
                "/api/agreements?meetingOverdue=true&meetingOverdue=false", READER_TOKEN, "meetingOverdue", "repeated");
        assertRefused("/api/agreements?size=10&size=20", METI, "size", "repeated");
        assertRefused("/api/agreements/any/history?after=1&after=2", READER_TOKEN, "after", "repeated");
        assertRefused("/api/admin/dead-letters?status=NEW&status=RETRIED", READER_TOKEN, "status", "repeated");
        assertThat(raw("/api/agreements?status=IN_FORCE&status=EXPIRED", READER_TOKEN)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void takesOnlyTrueOrFalseForABooleanAndOnlyDigitsForANumber() throws Exception {
        for (String loose : new String[] {"yes", "on", "1", "TRUE", "%20true"}) {
            assertRefused("/api/agreements?meetingOverdue=" + loose, READER_TOKEN, "meetingOverdue", "boolean");
        }
        for (String loose : new String[] {"0x10", "%2B10", "%2010", "1e1", "10.0"}) {
            assertRefused("/api/agreements?size=" + loose, READER_TOKEN, "size", "integer");
        }
        assertRefused("/api/admin/dead-letters/0x10", READER_TOKEN, "id", "integer");
        assertThat(raw("/api/agreements?meetingOverdue=false&size=10", READER_TOKEN)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        problem(get("/api/agreements/any/minutes"), HttpStatus.NOT_FOUND);
        problem(get("/api/treaties"), HttpStatus.NOT_FOUND);
    }

    private void assertRefused(String path, String token, String field, String rule) {
        try {
            JsonNode problem = problem(raw(path, token), HttpStatus.BAD_REQUEST);
            assertThat(problem.get("errors").get(0).get("field").asText())
                    .as(path)
                    .isEqualTo(field);
            assertThat(problem.get("errors").get(0).get("rule").asText())
                    .as(path)
                    .isEqualTo(rule);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The path and query exactly as written: the template would encode a {@code %} again. */
    private ResponseEntity<String> raw(String pathAndQuery, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(
                URI.create(http.getRootUri() + pathAndQuery), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
