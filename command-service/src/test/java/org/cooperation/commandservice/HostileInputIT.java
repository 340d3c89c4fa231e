package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cooperation.agreement.api.Limits;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the answer is a problem detail that names what was wrong, shows
 * nothing of the inside, and nothing is stored. Limits: bodies up to 256 KiB; the text and list
 * limits of {@link Limits}.
 */
class HostileInputIT extends CommandServiceIT {

    private static final int BODY_LIMIT = 256 * 1024;

    @Test
    void acceptsABodyOfExactlyTheLimit() throws Exception {
        String body = padded(InForce.jointStatement("at-the-limit"), BODY_LIMIT);

        assertThat(post(body, Map.of()).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesABodyOneByteOverTheLimit() throws Exception {
        String body = padded(InForce.jointStatement("over-the-limit"), BODY_LIMIT + 1);

        JsonNode problem = problem(post(body, Map.of()), 413);

        assertThat(problem.get("limit").asInt()).isEqualTo(BODY_LIMIT);
        assertThat(eventsOf("over-the-limit")).isZero();
    }

    @Test
    void refusesAnOversizedBodySentWithoutALength() throws Exception {
        byte[] body = padded(InForce.jointStatement("chunked"), 3 * BODY_LIMIT).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        headers.put("Content-Type", "application/json");

        problem(raw().postChunked("/api/agreements", () -> new ByteArrayInputStream(body), headers), 413);
        assertThat(eventsOf("chunked")).isZero();
    }

    @Test
    void refusesATitleOneCharacterTooLong() throws Exception {
        String title = "T".repeat(Limits.TITLE + 1);

        JsonNode problem = invalid(withTitle("long-title", title));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("size");
        assertThat(post(withTitle("longest-title", "T".repeat(Limits.TITLE)), Map.of())
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void refusesOneFieldOfCooperationTooMany() throws Exception {
        JsonNode problem = invalid(withFields("many-fields", Limits.ITEMS + 1));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("fieldsOfCooperation");
        assertThat(post(withFields("most-fields", Limits.ITEMS), Map.of()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void refusesOnePartyTooMany() throws Exception {
        String party = """
                { "code": "XX-P%d", "name": "Ministry", "country": "DE", "signatory": { "name": "N", "title": "T" } }""";
        String parties = IntStream.range(0, Limits.PARTIES + 1)
                .mapToObj(party::formatted)
                .collect(Collectors.joining(","));
        String body = InForce.jointStatement("many-parties")
                .replaceAll("(?s)\"parties\": \\[.*?\\} \\} \\]", "\"parties\": [" + parties + "]");

        assertThat(invalid(body).get("errors").findValuesAsText("field")).contains("parties");
    }

    @Test
    void refusesOneAttendeeTooManyAtAnAnnualMeeting() throws Exception {
        assertThat(post(InForce.jointStatement("crowded-meeting"), Map.of()).statusCode())
                .isEqualTo(201);
        String attendees = IntStream.range(0, Limits.ITEMS + 1)
                .mapToObj(i -> "\"Attendee " + i + "\"")
                .collect(Collectors.joining(","));
        String meeting = """
                { "heldOn": "%s", "hostCountry": "DE", "city": "Hannover", "attendees": [%s] }""".formatted(InForce.SIGNED_ON.plusDays(30), attendees);

        long before = eventsOf("crowded-meeting");
        JsonNode problem = problem(
                raw().post("/api/agreements/crowded-meeting/annual-meetings", meeting, bearer(SECRETARIAT_TOKEN)), 400);

        assertThat(problem.get("errors").findValuesAsText("field")).contains("attendees");
        assertThat(eventsOf("crowded-meeting")).isEqualTo(before);
    }

    @Test
    void refusesAnAgreementIdInThePathThatIsNoId() throws Exception {
        String field = """
                { "field": "Robotics", "addedOn": "2017-03-19" }""";

        problem(raw().post("/api/agreements/-not-an-id-/fields", field, bearer(SECRETARIAT_TOKEN)), 400);
    }

    @Test
    void namesAFieldOfTheWrongType() throws Exception {
        JsonNode problem = invalid(InForce.jointStatement("wrong-type")
                .replace("\"terminationNoticeDays\": 90", "\"terminationNoticeDays\": \"ninety\""));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("terminationNoticeDays");
    }

    @Test
    void namesADateThatDoesNotExist() throws Exception {
        JsonNode problem = invalid(InForce.jointStatement("february-30")
                .replace("\"signedOn\": \"" + InForce.SIGNED_ON + "\"", "\"signedOn\": \"2016-02-30\""));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("signedOn");
    }

    @Test
    void refusesAPropertyGivenTwice() throws Exception {
        invalid(InForce.jointStatement("twice")
                .replace("\"place\": \"Tokyo\"", "\"place\": \"Tokyo\", \"place\": \"Berlin\""));
    }

    @Test
    void refusesAnEmptyBody() throws Exception {
        invalid("");
    }

    @Test
    void refusesAQueryParameterTheEndpointDoesNotKnow() throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        JsonNode problem =
                problem(raw().post("/api/agreements?dryRun=true", InForce.jointStatement("dry-run"), headers), 400);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("dryRun");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unknown-parameter");
        assertThat(eventsOf("dry-run")).isZero();
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        problem(raw().get("/api/treaties", bearer(SECRETARIAT_TOKEN)), 404);
    }

    @Test
    void answersAWrongMethodWithAProblem() throws Exception {
        HttpResponse<String> response = raw().send(
                        "PUT",
                        "/api/agreements",
                        InForce.jointStatement("put"),
                        Map.of("Authorization", "Bearer " + SECRETARIAT_TOKEN, "Content-Type", "application/json"));

        problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void answersAWrongMediaTypeWithAProblem() throws Exception {
        problem(post(InForce.jointStatement("as-text"), Map.of("Content-Type", "text/plain")), 415);
        assertThat(eventsOf("as-text")).isZero();
    }

    @Test
    void answersAMultipartBodyWithUnsupportedMediaType() throws Exception {
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--b--\r\n";
        for (String path : List.of("/api/agreements", "/api/agreements/multipart/fields")) {
            problem(postTo(path, multipart, Map.of("Content-Type", "multipart/form-data; boundary=b")), 415);
        }
        assertThat(eventsOf("multipart")).isZero();
    }

    @Test
    void answersAFormBodyWithUnsupportedMediaType() throws Exception {
        problem(
                postTo(
                        "/api/agreements",
                        "agreementId=form&title=x",
                        Map.of("Content-Type", "application/x-www-form-urlencoded")),
                415);
        assertThat(eventsOf("form")).isZero();
    }

    @Test
    void answersAYamlOrXmlBodyWithUnsupportedMediaType() throws Exception {
        problem(post("agreementId: yaml\ntitle: x\n", Map.of("Content-Type", "application/yaml")), 415);
        problem(
                post(
                        "<agreement><agreementId>yaml</agreementId></agreement>",
                        Map.of("Content-Type", "application/xml")),
                415);
        assertThat(eventsOf("yaml")).isZero();
    }

    @Test
    void answersABodyWithoutAMediaTypeWithUnsupportedMediaType() throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        problem(raw().send("POST", "/api/agreements", InForce.jointStatement("no-type"), headers), 415);
        assertThat(eventsOf("no-type")).isZero();
    }

    @Test
    void refusesJsonInACharsetOtherThanUtf8() throws Exception {
        for (String charset : List.of("ISO-8859-1", "UTF-16", "no-such-charset")) {
            problem(
                    post(
                            InForce.jointStatement("charset"),
                            Map.of("Content-Type", "application/json; charset=" + charset)),
                    415);
        }
        assertThat(post(InForce.jointStatement("charset"), Map.of("Content-Type", "application/json; charset=UTF-8"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void answersTheLongestNoticePeriodByTheAgreementsRule() throws Exception {
        String body = InForce.jointStatement("longest-notice")
                .replace("\"terminationNoticeDays\": 90", "\"terminationNoticeDays\": " + Limits.NOTICE_DAYS);
        assertThat(post(body, Map.of()).statusCode()).isEqualTo(201);
        String notice = """
                { "party": "DE-BMWI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(InForce.SIGNED_ON.plusDays(10), InForce.SIGNED_ON.plusYears(2));

        JsonNode problem = problem(postTo("/api/agreements/longest-notice/termination-notices", notice, Map.of()), 422);

        assertThat(problem.get("rule").asText()).isEqualTo("notice-too-short");
        assertThat(eventsOf("longest-notice")).isOne();
    }

    @Test
    void answersAClientThatAsksForHtmlWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = post("{ \"title\": ", Map.of("Accept", "text/html"));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "<html");
    }

    @Test
    void answersAUrlTomcatCannotReadWithAProblem() throws Exception {
        URI root = URI.create(http.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream()
                    .write("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response)
                    .startsWith("HTTP/1.1 400")
                    .contains("Content-Type: application/problem+json")
                    .contains("\"status\":400")
                    .doesNotContain("<html");
        }
    }

    @Test
    void answersHeadersTooLargeWithAProblem() throws Exception {
        Map<String, String> headers = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        headers.put("X-Padding", "p".repeat(20_000));

        problem(raw().get("/api/agreements", headers), 400);
    }

    @Test
    void answersTheErrorPageItselfWithAProblem() throws Exception {
        problem(raw().get("/error", Map.of()), 404);
    }

    private JsonNode invalid(String body) throws Exception {
        long before = allEvents();
        JsonNode problem = problem(post(body, Map.of()), 400);
        assertThat(allEvents()).isEqualTo(before);
        return problem;
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        return postTo("/api/agreements", body, headers);
    }

    private HttpResponse<String> postTo(String path, String body, Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        all.putAll(headers);
        return raw().post(path, body, all);
    }

    private RawHttp raw() {
        return new RawHttp(http.getRootUri());
    }

    private static String withTitle(String agreementId, String title) {
        return InForce.jointStatement(agreementId)
                .replace("\"Joint Statement regarding the Internet of Things/Industrie 4.0\"", "\"" + title + "\"");
    }

    private static String withFields(String agreementId, int count) {
        String fields =
                IntStream.range(0, count).mapToObj(i -> "\"Field " + i + "\"").collect(Collectors.joining(","));
        return InForce.jointStatement(agreementId)
                .replace("[\"Industrial cyber security\", \"International standardization\"]", "[" + fields + "]");
    }

    /** The JSON followed by white space up to exactly {@code size} bytes: still the same request. */
    private static String padded(String json, int size) {
        return json + " ".repeat(size - json.getBytes(StandardCharsets.UTF_8).length);
    }
}
