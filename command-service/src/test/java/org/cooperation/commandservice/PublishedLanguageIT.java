package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;

/**
 * Nothing the command side accepts can be beyond what a reader of the topic stores and shows: text
 * and dates outside the published language, terms that end beyond its calendar, and tokens whose
 * subject could not be stored are refused with a 400 or 422 naming the field and the rule, and
 * nothing is recorded.
 */
class PublishedLanguageIT extends CommandServiceIT {

    @Test
    void refusesATitleWithANullCharacter() throws Exception {
        JsonNode problem = refused(400, "/api/agreements", withTitle("null-title", "Joint\\u0000Statement"));

        assertThat(error(problem).get("field").asText()).isEqualTo("title");
        assertThat(error(problem).get("rule").asText()).isEqualTo("text-characters");
    }

    @Test
    void refusesAControlCharacterDeepInsideAList() throws Exception {
        String body = InForce.jointStatement("bell-field")
                .replace("\"International standardization\"", "\"International\\u0007standardization\"");

        JsonNode problem = refused(400, "/api/agreements", body);

        assertThat(error(problem).get("field").asText()).isEqualTo("fieldsOfCooperation[1]");
    }

    @Test
    void refusesAnUnpairedSurrogateButKeepsPairsTabsAndNewLines() throws Exception {
        refused(400, "/api/agreements", withTitle("lone-surrogate", "Joint \\ud800 Statement"));

        HttpResponse<String> accepted = send(
                "/api/agreements",
                withTitle("emoji-title", "Joint\\tStatement\\n\\ud83e\\udd1d \u65e5\u72ec"),
                Map.of());

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void refusesDatesOutsideTheCalendarOfTheContract() throws Exception {
        JsonNode yearZero = refused(
                400,
                "/api/agreements",
                Requests.jointStatement("year-zero").replace("\"2016-04-28\"", "\"0000-04-28\""));
        JsonNode yearTenThousand = refused(
                400,
                "/api/agreements",
                Requests.jointStatement("year-ten-thousand")
                        .replace("\"signedOn\": \"2016-04-28\"", "\"signedOn\": \"+10000-04-28\"")
                        .replace("\"effectiveFrom\": \"2016-04-28\"", "\"effectiveFrom\": \"+10000-04-28\""));

        // Signature dates are read by the pattern of a date as precise as its source, which holds the same calendar.
        assertThat(error(yearZero).get("rule").asText()).isEqualTo("format");
        assertThat(error(yearZero).get("message").asText()).contains("0001 to 9999");
        assertThat(error(yearTenThousand).get("rule").asText()).isEqualTo("format");
    }

    @Test
    void refusesAContactNominatedOnADateBeforeTheCalendar() throws Exception {
        assertThat(send("/api/agreements", InForce.jointStatement("contact-dates"), Map.of())
                        .statusCode())
                .isEqualTo(201);

        JsonNode problem = refused(
                400,
                "/api/agreements/contact-dates/contacts",
                "{\"party\":\"JP-METI\",\"name\":\"Sato\",\"nominatedOn\":\"0000-01-01\"}");

        assertThat(error(problem).get("field").asText()).isEqualTo("nominatedOn");
        // The calendar's first day is read, and then judged: no contact is nominated before the signature.
        JsonNode firstDay = refused(
                422,
                "/api/agreements/contact-dates/contacts",
                "{\"party\":\"JP-METI\",\"name\":\"Sato\",\"nominatedOn\":\"0001-01-01\"}");
        assertThat(firstDay.get("rule").asText()).isEqualTo("contact-before-signature");
    }

    @Test
    void capsTheNumbersOfATerm() throws Exception {
        String atTheCaps = InForce.jointStatement("at-the-caps")
                .replace("\"initialYears\": 5", "\"initialYears\": 100")
                .replace("\"maxExtensions\": 1", "\"maxExtensions\": 100")
                .replace("\"extensionYears\": 5", "\"extensionYears\": 100")
                .replace("\"terminationNoticeDays\": 90", "\"terminationNoticeDays\": 3660");
        assertThat(send("/api/agreements", atTheCaps, Map.of()).statusCode()).isEqualTo(201);

        JsonNode years = refused(
                400,
                "/api/agreements",
                InForce.jointStatement("300000-years").replace("\"initialYears\": 5", "\"initialYears\": 300000"));
        JsonNode extension = refused(
                400,
                "/api/agreements",
                InForce.jointStatement("longest-extension")
                        .replace("\"extensionYears\": 5", "\"extensionYears\": 2147483647"));
        JsonNode notice = refused(
                400,
                "/api/agreements",
                InForce.jointStatement("longest-notice")
                        .replace("\"terminationNoticeDays\": 90", "\"terminationNoticeDays\": 3661"));

        assertThat(error(years).get("field").asText()).isEqualTo("term.initialYears");
        assertThat(error(extension).get("field").asText()).isEqualTo("term.extensionYears");
        assertThat(error(notice).get("field").asText()).isEqualTo("terminationNoticeDays");
    }

    @Test
    void refusesATermThatWouldExpireBeyondTheCalendar() throws Exception {
        // Signed in 2016 (a signature is dated today or earlier), taking effect on the day given.
        String lastYear = Requests.jointStatement("ends-9999")
                .replace("\"effectiveFrom\": \"2016-04-28\"", "\"effectiveFrom\": \"9994-12-31\"");
        String tooLate = Requests.jointStatement("ends-10000")
                .replace("\"effectiveFrom\": \"2016-04-28\"", "\"effectiveFrom\": \"9995-01-01\"");

        assertThat(send("/api/agreements", lastYear, Map.of()).statusCode()).isEqualTo(201);
        JsonNode problem = refused(422, "/api/agreements", tooLate);

        assertThat(problem.get("rule").asText()).isEqualTo("term-beyond-calendar");
    }

    @Test
    void refusesATokenWhoseSubjectCouldNotBeStored() throws Exception {
        String longSubject = IDENTITY.token(
                "s".repeat(201),
                "test-suite",
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plus(Duration.ofHours(1)));
        String controlSubject = IDENTITY.token(
                "tab\u0001user",
                "test-suite",
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plus(Duration.ofHours(1)));
        String longestSubject = IDENTITY.token(
                "s".repeat(200),
                "c".repeat(200),
                List.of(Roles.SECRETARIAT),
                null,
                Instant.now().plus(Duration.ofHours(1)));

        JsonNode tooLong = refused(400, "/api/agreements", InForce.jointStatement("long-subject"), longSubject);
        JsonNode control = refused(400, "/api/agreements", InForce.jointStatement("control-subject"), controlSubject);
        HttpResponse<String> accepted =
                raw().post("/api/agreements", InForce.jointStatement("longest-subject"), bearer(longestSubject));

        assertThat(error(tooLong).get("field").asText()).isEqualTo("token.sub");
        assertThat(error(control).get("rule").asText()).isEqualTo("text-characters");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    private JsonNode refused(int status, String path, String body) throws Exception {
        return refused(status, path, body, SECRETARIAT_TOKEN);
    }

    private JsonNode refused(int status, String path, String body, String token) throws Exception {
        long before = allEvents();
        JsonNode problem = problem(raw().post(path, body, bearer(token)), status);
        assertThat(allEvents()).isEqualTo(before);
        return problem;
    }

    private HttpResponse<String> send(String path, String body, Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(bearer(SECRETARIAT_TOKEN));
        all.putAll(headers);
        return raw().post(path, body, all);
    }

    private static JsonNode error(JsonNode problem) {
        assertThat(problem.get("errors")).as(problem.toString()).isNotEmpty();
        return problem.get("errors").get(0);
    }

    private RawHttp raw() {
        return new RawHttp(http.getRootUri());
    }

    private static String withTitle(String agreementId, String title) {
        return InForce.jointStatement(agreementId)
                .replace("\"Joint Statement regarding the Internet of Things/Industrie 4.0\"", "\"" + title + "\"");
    }
}
