package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cooperation.agreement.api.Term;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 2016 Joint Statement as an auditor reads it at points in time. Its record holds an expiry
 * that was recorded on time and corrected in 2024, when the secretariat entered the extension
 * whose consents were given in February 2021, and a meeting and a contact entered years late.
 */
class AsOfIT extends QueryServiceIT {

    private static final String ID = "jp-de-iot-2016-as-of";
    private static final AtomicBoolean PUBLISHED = new AtomicBoolean();
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    private static final Instant CORRECTION_RECORDED = Instant.parse("2024-03-01T09:00:00Z");

    @BeforeEach
    void publishTheStoryOnce() throws Exception {
        if (PUBLISHED.compareAndSet(false, true)) {
            publishAt(Events.signed(ID), 0, "2016-05-02T09:00:00Z");
            publishAt(Events.meeting(ID, "2017-03-19", "DE", "Hannover"), 1, "2017-03-21T10:00:00Z");
            publishAt(Events.meeting(ID, "2018-10-04", "JP", "Tokyo"), 2, "2018-10-05T10:00:00Z");
            publishAt(Events.contact(ID, Events.BMWI, "Anna Schmidt", "2020-01-10"), 3, "2020-01-11T10:00:00Z");
            publishAt(Events.expired(ID, TERM_END), 4, "2021-04-28T00:00:05Z");
            publishAt(
                    Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                    5,
                    CORRECTION_RECORDED.toString());
            publishAt(Events.expiryRevoked(ID, TERM_END.plusDays(1)), 6, CORRECTION_RECORDED.toString());
            publishAt(Events.meeting(ID, "2019-10-10", "DE", "Berlin"), 7, "2024-03-02T09:00:00Z");
            publishAt(Events.contact(ID, Events.BMWI, "Karl Meier", "2017-01-09"), 8, "2024-03-03T09:00:00Z");
        }
        awaitJson(
                "/api/agreements/" + ID,
                body -> body.path("agreement").path("version").asLong() == 8);
    }

    private void publishAt(org.cooperation.agreement.api.event.AgreementEvent event, long sequence, String recordedAt) {
        publish(event, sequence, UUID.randomUUID().toString(), Instant.parse(recordedAt));
    }

    @Test
    void showsTheCorrectedStoryAsTheCurrentState() throws Exception {
        JsonNode current = json.readTree(get("/api/agreements/" + ID).getBody());

        JsonNode agreement = current.get("agreement");
        assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(agreement.get("term").get("termEndsOn").asText()).isEqualTo("2026-04-27");
        assertThat(agreement.get("term").get("extensionsUsed").asInt()).isEqualTo(1);
        assertThat(agreement.get("term").get("extensionsLeft").asInt()).isZero();
        assertThat(agreement.has("endedOn")).isFalse();
        assertThat(agreement.get("meetings").findValuesAsText("heldOn"))
                .containsExactly("2017-03-19", "2018-10-04", "2019-10-10");
        assertThat(agreement.get("contacts").get("DE-BMWI").get("name").asText())
                .isEqualTo("Anna Schmidt");
        assertThat(current.get("meetingsSummary").get("nextDue").asText()).isEqualTo("2020-10-10");
        assertThat(current.get("meetingsSummary").get("expectedHost").asText()).isEqualTo("JP");
        assertThat(current.has("asOf")).isFalse();
    }

    @Test
    void knowsNothingOfTheAgreementTheDayBeforeItsSignature() throws Exception {
        ResponseEntity<String> before = get("/api/agreements/" + ID + "?asOf=2016-04-27");

        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(before.getBody()).get("detail").asText()).contains("signed on 2016-04-28");
    }

    @Test
    void showsTheSignatureAloneOnTheDayOfSignature() throws Exception {
        JsonNode view = asOf("asOf=2016-04-28");

        assertThat(view.get("agreement").get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.get("agreement").get("version").asLong()).isZero();
        assertThat(view.get("asOf").get("businessDate").asText()).isEqualTo("2016-04-28");
        assertThat(view.get("asOf").get("eventsApplied").asInt()).isEqualTo(1);
        assertThat(view.get("asOf").get("eventsDatedLater").asInt()).isEqualTo(8);
    }

    @Test
    void countsTheExtensionFromTheLastConsentNotFromTheDayItWasEntered() throws Exception {
        assertThat(term(asOf("asOf=2021-02-09")).get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(term(asOf("asOf=2021-02-09")).get("extensionsLeft").asInt()).isEqualTo(1);
        assertThat(term(asOf("asOf=2021-02-10")).get("termEndsOn").asText()).isEqualTo("2026-04-27");
        assertThat(term(asOf("asOf=2021-02-10")).get("extensionsUsed").asInt()).isEqualTo(1);
    }

    @Test
    void neverShowsTheRevokedExpiryAsOfAnyBusinessDate() throws Exception {
        for (String day : new String[] {"2021-04-27", "2021-04-28", "2021-04-29", "2024-01-01"}) {
            JsonNode agreement = asOf("asOf=" + day).get("agreement");
            assertThat(agreement.get("status").asText()).as(day).isEqualTo("IN_FORCE");
            assertThat(agreement.get("term").get("termEndsOn").asText()).as(day).isEqualTo("2026-04-27");
        }
    }

    @Test
    void showsTheExpiryAsTheRecordSaidItBeforeTheCorrection() throws Exception {
        JsonNode in2022 = asOf("recordedAsOf=2022-01-01T00:00:00Z").get("agreement");
        assertThat(in2022.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(in2022.get("endedOn").asText()).isEqualTo("2021-04-28");
        assertThat(in2022.get("term").get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(in2022.get("version").asLong()).isEqualTo(4);

        assertThat(status(asOf("recordedAsOf=2021-04-28T00:00:04Z"))).isEqualTo("IN_FORCE");
        assertThat(status(asOf("recordedAsOf=2021-04-28T00:00:05Z"))).isEqualTo("EXPIRED");
        assertThat(status(asOf("recordedAsOf=" + CORRECTION_RECORDED.minusSeconds(1))))
                .isEqualTo("EXPIRED");
        assertThat(status(asOf("recordedAsOf=" + CORRECTION_RECORDED))).isEqualTo("IN_FORCE");
    }

    @Test
    void combinesBothTimesAsAnAuditorAsksThem() throws Exception {
        String recordIn2022 = "&recordedAsOf=2022-01-01T00:00:00Z";

        assertThat(status(asOf("asOf=2021-05-01" + recordIn2022))).isEqualTo("EXPIRED");
        JsonNode beforeTheEnd = asOf("asOf=2021-03-01" + recordIn2022);
        assertThat(status(beforeTheEnd)).isEqualTo("IN_FORCE");
        assertThat(term(beforeTheEnd).get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(beforeTheEnd.get("asOf").get("recordedAsOf").asText()).isEqualTo("2022-01-01T00:00:00Z");
    }

    @Test
    void judgesAnOverdueMeetingOnTheDayAskedFor() throws Exception {
        JsonNode dueDay = asOf("asOf=2019-10-04").get("meetingsSummary");
        assertThat(dueDay.get("nextDue").asText()).isEqualTo("2019-10-04");
        assertThat(dueDay.get("expectedHost").asText()).isEqualTo("DE");
        assertThat(dueDay.get("overdue").asBoolean()).isFalse();
        assertThat(asOf("asOf=2019-10-05").get("meetingsSummary").get("overdue").asBoolean())
                .isTrue();
        assertThat(asOf("asOf=2019-10-09").get("meetingsSummary").get("overdue").asBoolean())
                .isTrue();

        JsonNode meetingDay = asOf("asOf=2019-10-10").get("meetingsSummary");
        assertThat(meetingDay.get("overdue").asBoolean()).isFalse();
        assertThat(meetingDay.get("lastHeldOn").asText()).isEqualTo("2019-10-10");
        assertThat(meetingDay.get("expectedHost").asText()).isEqualTo("JP");
    }

    @Test
    void showsTheMeetingEnteredLateOnlyToRecordsMadeAfterItWasEntered() throws Exception {
        JsonNode recordIn2023 =
                asOf("asOf=2019-10-10&recordedAsOf=2023-01-01T00:00:00Z").get("meetingsSummary");

        assertThat(recordIn2023.get("lastHeldOn").asText()).isEqualTo("2018-10-04");
        assertThat(recordIn2023.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void keepsTheLaterNominationWhateverOrderTheyWereEnteredIn() throws Exception {
        assertThat(contact(asOf("asOf=2018-01-01"))).isEqualTo("Karl Meier");
        assertThat(contact(asOf("asOf=2020-01-09"))).isEqualTo("Karl Meier");
        assertThat(contact(asOf("asOf=2020-01-10"))).isEqualTo("Anna Schmidt");
        assertThat(asOf("asOf=2018-01-01&recordedAsOf=2023-01-01T00:00:00Z")
                        .get("agreement")
                        .get("contacts")
                        .has("DE-BMWI"))
                .isFalse();
    }

    @Test
    void saysHowManyEventsAViewLeftOut() throws Exception {
        JsonNode basis = asOf("asOf=2019-01-01").get("asOf");

        assertThat(basis.get("eventsApplied").asInt()).isEqualTo(4);
        assertThat(basis.get("eventsDatedLater").asInt()).isEqualTo(5);
    }

    @Test
    void knowsNothingRecordedBeforeTheFirstRecord() throws Exception {
        ResponseEntity<String> response = get("/api/agreements/" + ID + "?recordedAsOf=2016-05-02T08:59:59Z");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("nothing was recorded yet");
    }

    @Test
    void refusesPointsInTimeThatAreNotDatesOrNotYetCome() throws Exception {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        assertRefused("asOf=2016-13-01", "asOf", "iso-date");
        assertRefused("asOf=" + tomorrow, "asOf", "not-after-today");
        assertRefused("recordedAsOf=2024-06-01", "recordedAsOf", "iso-instant");
        assertRefused("recordedAsOf=" + Instant.now().plusSeconds(3600), "recordedAsOf", "not-in-future");
    }

    private void assertRefused(String query, String field, String rule) throws Exception {
        ResponseEntity<String> response = get("/api/agreements/" + ID + "?" + query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).as(query).isEqualTo(field);
        assertThat(error.get("rule").asText()).as(query).isEqualTo(rule);
    }

    private JsonNode asOf(String query) throws Exception {
        ResponseEntity<String> response = get("/api/agreements/" + ID + "?" + query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode term(JsonNode view) {
        return view.get("agreement").get("term");
    }

    private static String status(JsonNode view) {
        return view.get("agreement").get("status").asText();
    }

    private static String contact(JsonNode view) {
        return view.get("agreement").get("contacts").get("DE-BMWI").get("name").asText();
    }
}
