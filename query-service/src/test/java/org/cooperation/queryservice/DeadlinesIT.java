package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Deadlines: of one agreement (now and as of a day), of the portfolio in a window, and as an
 * iCalendar document that a calendar client reads. Each test's agreements have parties of their
 * own, and its portfolio queries name them, so that other tests' agreements stay out.
 */
class DeadlinesIT extends QueryServiceIT {

    private static final Term FIVE_ONCE_FIVE = new Term(5, 1, 5);
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");

    @Test
    void showsTheDeadlinesOfAnAgreementNowAndAsOfADay() throws Exception {
        String id = "deadline-statement";
        publish(Events.signed(id), 0);
        publish(Events.meeting(id, "2017-03-19", "DE", "Hannover"), 1);
        publish(Events.extended(id, "2021-02-01", "2021-02-10", TERM_END, FIVE_ONCE_FIVE, 1), 2);

        JsonNode now = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asInt() == 2);
        assertThat(deadline(now, "TERMINATION_NOTICE_LAST_DAY").path("dueOn").asText())
                .isEqualTo("2026-01-27");
        assertThat(deadline(now, "TERM_END").path("dueOn").asText()).isEqualTo("2026-04-27");
        assertThat(kinds(now)).doesNotContain("EXTENSION_CONSENT_LAST_DAY");

        JsonNode before =
                json.readTree(get("/api/agreements/" + id + "?asOf=2020-01-01").getBody());
        assertThat(deadline(before, "TERMINATION_NOTICE_LAST_DAY").path("dueOn").asText())
                .isEqualTo("2021-01-27");
        assertThat(deadline(before, "TERMINATION_NOTICE_LAST_DAY")
                        .path("passed")
                        .asBoolean())
                .isFalse();
        assertThat(deadline(before, "EXTENSION_CONSENT_LAST_DAY").path("dueOn").asText())
                .isEqualTo("2021-04-27");
        JsonNode meeting = deadline(before, "ANNUAL_MEETING_DUE");
        assertThat(meeting.path("dueOn").asText()).isEqualTo("2018-03-19");
        assertThat(meeting.path("expectedHost").asText()).isEqualTo("JP");
        assertThat(meeting.path("passed").asBoolean())
                .as("overdue on 2020-01-01")
                .isTrue();
    }

    @Test
    void showsNoDeadlineOfAnAgreementThatHasEnded() throws Exception {
        String id = "deadline-expired";
        publish(Events.signed(id), 0);
        publish(Events.expired(id, TERM_END), 1);

        JsonNode ended = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asInt() == 1);
        assertThat(ended.path("deadlines").isArray()).isTrue();
        assertThat(ended.path("deadlines")).isEmpty();
    }

    @Test
    void writesAnAgreementsDeadlinesOnlyWhenARecordMovesThem() throws Exception {
        String id = "deadline-rows";
        publish(Events.signed(id), 0);
        awaitVersion(id, 0);
        List<String> signed = deadlineRows(id);
        assertThat(signed)
                .extracting(row -> row.split(" ")[0])
                .containsExactly(
                        "ANNUAL_MEETING_DUE", "EXTENSION_CONSENT_LAST_DAY", "TERMINATION_NOTICE_LAST_DAY", "TERM_END");

        publish(Events.fieldAdded(id, "Smart manufacturing"), 1);
        publish(Events.participant(id, "Fraunhofer IOSB", "DE", "2017-05-02"), 2);
        awaitVersion(id, 2);
        assertThat(deadlineRows(id))
                .as(
                        "the same rows, with the transaction that wrote them (xmin): a field and a participant move no deadline")
                .isEqualTo(signed);

        publish(Events.noticeGiven(id, "2020-06-01", "2020-12-31"), 3);
        awaitVersion(id, 3);
        assertThat(deadlineRows(id))
                .as("a notice replaces the term's deadlines by its own end")
                .extracting(row -> row.split(" ")[0])
                .containsExactly("ANNUAL_MEETING_DUE", "TERMINATION_NOTICE_END");
    }

    @Test
    void listsThePortfoliosDeadlinesInAWindowInDateOrder() throws Exception {
        Party de = Events.party("DE-WINDOW", "DE");
        Party jp = Events.party("JP-WINDOW", "JP");
        publish(Events.signed("window-a", LocalDate.parse("2016-04-28"), List.of(de, jp), List.of()), 0);
        publish(Events.signed("window-b", LocalDate.parse("2016-01-10"), List.of(de, jp), List.of()), 0);
        publish(Events.noticeGiven("window-b", "2020-06-01", "2020-12-31"), 1);
        awaitJson(
                "/api/agreements?party=DE-WINDOW",
                body -> body.path("totalItems").asInt() == 2
                        && body.path("items").findValues("version").stream()
                                        .mapToInt(JsonNode::asInt)
                                        .sum()
                                == 1);

        JsonNode page = json.readTree(get("/api/deadlines?from=2020-01-01&to=2021-12-31&party=DE-WINDOW")
                .getBody());

        List<String> seen = new ArrayList<>();
        page.path("items")
                .forEach(item -> seen.add(item.path("dueOn").asText() + " "
                        + item.path("agreementId").asText() + " "
                        + item.path("kind").asText()));
        assertThat(seen)
                .containsExactly(
                        "2020-12-31 window-b TERMINATION_NOTICE_END",
                        "2021-01-27 window-a TERMINATION_NOTICE_LAST_DAY",
                        "2021-04-27 window-a EXTENSION_CONSENT_LAST_DAY",
                        "2021-04-27 window-a TERM_END");
        assertThat(page.path("totalItems").asInt()).isEqualTo(4);
        assertThat(page.path("items").get(0).path("agreementTitle").asText()).startsWith("Joint Statement");
        // window-b's meetings were due 2017-01-10 and then never again after its notice's end; window-a's in 2017.
        JsonNode early = json.readTree(
                get("/api/deadlines?from=2017-01-01&to=2017-12-31&party=DE-WINDOW" + "&kind=ANNUAL_MEETING_DUE")
                        .getBody());
        assertThat(early.path("items").findValuesAsText("agreementId")).containsExactly("window-b", "window-a");
    }

    @Test
    void confinesAPartnersDeadlinesToItsOwnAgreements() throws Exception {
        Party mine = Events.party("JP-SCOPED", "JP");
        Party theirs = Events.party("FR-SCOPED", "FR");
        Party de = Events.party("DE-SCOPED", "DE");
        publish(Events.signed("scoped-mine", LocalDate.parse("2016-04-28"), List.of(de, mine), List.of()), 0);
        publish(Events.signed("scoped-theirs", LocalDate.parse("2016-04-28"), List.of(de, theirs), List.of()), 0);
        awaitJson(
                "/api/agreements?party=DE-SCOPED&sort=agreementId",
                body -> body.path("items")
                        .findValuesAsText("agreementId")
                        .containsAll(List.of("scoped-mine", "scoped-theirs")));
        String partner = IDENTITY.token(Roles.PARTNER, "JP-SCOPED");

        ResponseEntity<String> own = get("/api/deadlines?from=2021-01-01&to=2021-12-31", partner);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(own.getBody()).path("items").findValuesAsText("agreementId"))
                .containsOnly("scoped-mine");
        assertThat(get("/api/deadlines?party=FR-SCOPED", partner).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void writesACalendarThatAClientReadsBackAndUpdatesInPlace() throws Exception {
        Party de = Events.party("DE-CALENDAR", "DE");
        Party jp = Events.party("JP-CALENDAR", "JP");
        String id = "calendar-statement";
        publish(Events.signed(id, LocalDate.parse("2016-04-28"), List.of(de, jp), List.of()), 0);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asInt() == 0);
        String query = "/api/deadlines?from=2016-01-01&to=2025-12-31&party=DE-CALENDAR";

        ResponseEntity<String> first = getAs(query, "text/calendar");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .isTrue();
        Calendar before = new CalendarBuilder().build(new StringReader(first.getBody()));
        before.validate();
        VEvent termEnd = event(before, "TERM_END").orElseThrow();
        assertThat(value(termEnd, Property.DTSTART)).isEqualTo("20210427");
        assertThat(value(termEnd, Property.DTEND)).isEqualTo("20210428");
        assertThat(value(termEnd, Property.SUMMARY)).startsWith("Term ends: Joint Statement");
        assertThat(before.getComponents(VEvent.VEVENT))
                .hasSize(4)
                .allSatisfy(event -> assertThat(((VEvent) event).getProperties(Property.DTSTAMP))
                        .hasSize(1));
        assertThat(getAs(query, "text/calendar").getBody())
                .as("the same record, the same bytes")
                .isEqualTo(first.getBody());

        publish(Events.extended(id, "2021-02-01", "2021-02-10", TERM_END, FIVE_ONCE_FIVE, 1), 1);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asInt() == 1);
        Calendar after = new CalendarBuilder()
                .build(new StringReader(
                        getAs("/api/deadlines?from=2020-01-01&to=2029-12-31&party=DE-CALENDAR", "text/calendar")
                                .getBody()));

        VEvent moved = event(after, "TERM_END").orElseThrow();
        assertThat(value(moved, Property.UID)).isEqualTo(value(termEnd, Property.UID));
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20260427");
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(termEnd, Property.SEQUENCE)));
        assertThat(event(after, "EXTENSION_CONSENT_LAST_DAY"))
                .as("no extension left")
                .isEmpty();
    }

    @Test
    void refusesMediaTypesItCannotWrite() {
        assertThat(getAs("/api/deadlines", "image/png").getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(getAs("/api/deadlines", "application/json").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStartsOrSpansMoreThanTenYears() throws Exception {
        ResponseEntity<String> backwards = get("/api/deadlines?from=2021-01-01&to=2020-12-31");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("\"field\":\"to\"").contains("not-before-from");
        assertThat(get("/api/deadlines?from=2010-01-01&to=2020-01-02").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/deadlines?kind=TOMORROW").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void awaitVersion(String agreementId, int version) throws Exception {
        awaitJson(
                "/api/agreements/" + agreementId,
                body -> body.path("agreement").path("version").asInt() == version);
    }

    /** Each deadline row of the agreement: its kind and the transaction that wrote it. */
    private List<String> deadlineRows(String agreementId) {
        return jdbc.sql(
                        "SELECT kind || ' ' || xmin::text FROM query.agreement_deadline WHERE agreement_id = ? ORDER BY kind COLLATE \"C\"")
                .param(agreementId)
                .query(String.class)
                .list();
    }

    private ResponseEntity<String> getAs(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static Optional<VEvent> event(Calendar calendar, String kind) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> value(e, Property.CATEGORIES).equals(kind))
                .findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    private static JsonNode deadline(JsonNode view, String kind) {
        for (JsonNode deadline : view.path("deadlines")) {
            if (deadline.path("kind").asText().equals(kind)) {
                return deadline;
            }
        }
        throw new AssertionError("no " + kind + " in " + view.path("deadlines"));
    }

    private static List<String> kinds(JsonNode view) {
        return view.path("deadlines").findValuesAsText("kind");
    }
}
