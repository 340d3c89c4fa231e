package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.cooperation.agreement.api.BusinessDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
                .contains("title", "kind", "parties", "signedOn", "terminationNoticeDays")
                // An instrument may state no term (open-ended) and a source may name no place: both may be left out.
                .doesNotContain("term", "place");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("required");
    }

    @Test
    void namesAnUnreadableDate() throws Exception {
        JsonNode problem = refused(
                Requests.jointStatement("bad-date").replace("\"2016-04-28\", \"place\"", "\"28.04.2016\", \"place\""),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("signedOn");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("ISO-8601");
    }

    @Test
    void namesANestedFieldWithItsIndex() throws Exception {
        JsonNode problem = refused(
                Requests.jointStatement("bad-country").replace("\"country\": \"JP\"", "\"country\": \"XX\""),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("parties[1].country");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("iso-3166-1");
    }

    @Test
    void refusesAnUnknownProperty() throws Exception {
        JsonNode problem = refused(
                Requests.jointStatement("extra").replace("\"kind\":", "\"status\": \"TERMINATED\", \"kind\":"),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unknown-property");
    }

    @Test
    void refusesFewerThanTwoPartiesByTheAgreementsRule() throws Exception {
        String oneParty = Requests.jointStatement("one-party")
                .replaceAll("(?s)\\{ \"code\": \"JP-METI\".*?\\} \\} ]", "]")
                .replace("} },\n", "} }\n");
        JsonNode problem = refused(oneParty, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("parties-at-least-two");
        assertThat(problem.get("field").asText()).isEqualTo("parties");
    }

    @Test
    void refusesTakingEffectBeforeSignature() throws Exception {
        JsonNode problem = refused(
                Requests.jointStatement("early")
                        .replace("\"effectiveFrom\": \"2016-04-28\"", "\"effectiveFrom\": \"2016-04-27\""),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("effective-not-before-signature");
    }

    @Test
    void refusesTextAfterTheBody() throws Exception {
        JsonNode problem =
                refused(Requests.jointStatement("trailing") + " {\"title\": \"Another\"}", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("detail").asText()).contains("nothing after it");
    }

    /** A value of one JSON type where the contract says another: nothing is converted. */
    @ParameterizedTest(name = "{1} instead of {0}")
    @MethodSource("scalarsOfTheWrongType")
    void refusesAScalarOfTheWrongType(String replaced, String replacement, String field, String rule, String message)
            throws Exception {
        refusedAs("wrong-scalar", replaced, replacement, field, rule, message);
    }

    static Stream<Arguments> scalarsOfTheWrongType() {
        String place = "\"place\": \"Tokyo\"";
        String days = "\"terminationNoticeDays\": 90";
        String hosts = "\"alternateHosts\": true";
        return Stream.of(
                Arguments.of(place, "\"place\": 12", "place", "type", "must be a string"),
                Arguments.of(place, "\"place\": true", "place", "type", "must be a string"),
                Arguments.of(
                        days,
                        "\"terminationNoticeDays\": \"90\"",
                        "terminationNoticeDays",
                        "integer",
                        "a whole number"),
                Arguments.of(
                        days, "\"terminationNoticeDays\": 90.5", "terminationNoticeDays", "integer", "a whole number"),
                Arguments.of(
                        hosts, "\"alternateHosts\": \"true\"", "meetings.alternateHosts", "boolean", "true or false"),
                Arguments.of(hosts, "\"alternateHosts\": 1", "meetings.alternateHosts", "boolean", "true or false"),
                Arguments.of(hosts, "\"alternateHosts\": null", "meetings.alternateHosts", "boolean", "true or false"),
                Arguments.of(
                        "\"kind\": \"JOINT_STATEMENT\"",
                        "\"kind\": 0",
                        "kind",
                        "allowed-values",
                        "must be one of [JOINT_STATEMENT"));
    }

    @Test
    void namesTheAllowedKindsWithoutJavaTypes() throws Exception {
        JsonNode problem = refusedAs(
                "kind-unknown",
                "\"kind\": \"JOINT_STATEMENT\"",
                "\"kind\": \"TREATY\"",
                "kind",
                "allowed-values",
                "must be one of [JOINT_STATEMENT");
        assertThat(problem.toString()).doesNotContain("AgreementKind");
    }

    @Test
    void readsADateOnlyFromAnIsoDateString() throws Exception {
        // A signature date is as precise as its source (AgreementSigned.v4): a string, a day, a month or a year.
        String[] notStrings = {"20160428", "[2016, 4, 28]", "{}"};
        for (int i = 0; i < notStrings.length; i++) {
            JsonNode problem = refusedAs(
                    "not-a-date-" + i,
                    "\"signedOn\": \"2016-04-28\"",
                    "\"signedOn\": " + notStrings[i],
                    "signedOn",
                    "type",
                    "must be a string");
            assertThat(problem.toString()).as(notStrings[i]).doesNotContain("LocalDate", "java.");
        }
        String[] notDates = {"\"2016-04-28T00:00:00\"", "\"2016-04-28T00:00:00Z\"", "\"2016-4-28\"", "\"28.04.2016\""};
        for (int i = 0; i < notDates.length; i++) {
            refusedAs(
                    "not-a-day-" + i,
                    "\"signedOn\": \"2016-04-28\"",
                    "\"signedOn\": " + notDates[i],
                    "signedOn",
                    "format",
                    BusinessDate.PATTERN_MESSAGE);
        }
    }

    @Test
    void namesAPropertyGivenTwice() throws Exception {
        refusedAs(
                "twice-place",
                "\"place\": \"Tokyo\"",
                "\"place\": \"Tokyo\", \"place\": \"Berlin\"",
                "place",
                "duplicate-property",
                "is given more than once");
        refusedAs(
                "twice-nested",
                "\"title\": \"State Secretary\"",
                "\"title\": \"State Secretary\", \"title\": \"Minister\"",
                "parties[0].signatory.title",
                "duplicate-property",
                "is given more than once");
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

    /** The Joint Statement with one piece replaced, refused with a 400 naming one field and its rule. */
    private JsonNode refusedAs(
            String agreementId, String replaced, String replacement, String field, String rule, String message)
            throws Exception {
        String body = Requests.jointStatement(agreementId);
        assertThat(body).contains(replaced);
        JsonNode problem = refused(body.replace(replaced, replacement), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors")).hasSize(1);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("rule").asText()).isEqualTo(rule);
        assertThat(error.get("message").asText()).contains(message);
        return problem;
    }
}
