package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The list as of a business date and as recorded at an instant, from the timeline read model.
 * Every agreement here is between DE-ASOF and JP-ASOF, and every query names DE-ASOF.
 */
class PortfolioAsOfIT extends QueryServiceIT {

    private static final AtomicBoolean PUBLISHED = new AtomicBoolean();
    private static final Party DE = Events.party("DE-ASOF", "DE");
    private static final Party JP = Events.party("JP-ASOF", "JP");
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    /** When the statement's expiry was recorded, before its extension was entered. */
    private static final Instant BEFORE_THE_EXTENSION = Instant.now().minus(Duration.ofDays(5));

    private static final String MINE = "/api/agreements?party=DE-ASOF";

    /**
     * asof-statement: signed 2016, its expiry recorded first, the meetings and the extension entered
     * later (the demo data's story); asof-young: signed 2020-01-01; asof-ended: terminated 2019-06-30.
     */
    @BeforeEach
    void publishTheAgreementsOnce() throws Exception {
        if (PUBLISHED.compareAndSet(false, true)) {
            Instant at = BEFORE_THE_EXTENSION.minus(Duration.ofHours(1));
            publishAt(
                    Events.signed("asof-statement", LocalDate.parse("2016-04-28"), List.of(DE, JP), List.of()), 0, at);
            publishAt(Events.expired("asof-statement", TERM_END), 1, BEFORE_THE_EXTENSION);
            Instant later = BEFORE_THE_EXTENSION.plus(Duration.ofDays(1));
            publishAt(Events.meeting("asof-statement", "2017-03-19", "DE", "Hannover"), 2, later);
            publishAt(Events.meeting("asof-statement", "2018-10-04", "JP", "Tokyo"), 3, later.plusSeconds(1));
            publishAt(Events.expiryRevoked("asof-statement", TERM_END.plusDays(1)), 4, later.plusSeconds(2));
            publishAt(
                    Events.extended("asof-statement", "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                    5,
                    later.plusSeconds(2));
            publishAt(Events.signed("asof-young", LocalDate.parse("2020-01-01"), List.of(DE, JP), List.of()), 0, at);
            publishAt(Events.signed("asof-ended", LocalDate.parse("2016-01-01"), List.of(DE, JP), List.of()), 0, at);
            publishAt(Events.noticeGiven("asof-ended", "2019-01-01", "2019-06-30"), 1, at.plusSeconds(1));
            publishAt(Events.terminated("asof-ended", "2019-06-30"), 2, at.plusSeconds(2));
        }
        awaitJson(
                MINE,
                body -> body.path("totalItems").asInt() == 3
                        && body.path("items").findValues("version").stream()
                                        .mapToInt(JsonNode::asInt)
                                        .sum()
                                == 7);
    }

    @Test
    void listsWhatWasInForceOnADayAndWhichMeetingsWereOverdue() throws Exception {
        JsonNode onTheDay = list(MINE + "&asOf=2019-12-31");

        assertThat(onTheDay.path("items").findValuesAsText("agreementId"))
                .containsExactly("asof-ended", "asof-statement");
        assertThat(item(onTheDay, "asof-ended").path("status").asText()).isEqualTo("TERMINATED");
        JsonNode statement = item(onTheDay, "asof-statement");
        assertThat(statement.path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(statement.path("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(statement.path("nextMeetingDue").asText()).isEqualTo("2019-10-04");
        assertThat(statement.path("meetingOverdue").asBoolean()).isTrue();

        JsonNode overdue = list(MINE + "&asOf=2019-12-31&status=IN_FORCE&meetingOverdue=true");
        assertThat(overdue.path("items").findValuesAsText("agreementId")).containsExactly("asof-statement");
        assertThat(list(MINE + "&asOf=2019-10-04&meetingOverdue=true")
                        .path("totalItems")
                        .asInt())
                .as("due that day, not yet overdue")
                .isZero();
        assertThat(list(MINE + "&asOf=2019-10-05&meetingOverdue=true")
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void sortsAndFiltersAsOfADay() throws Exception {
        JsonNode sorted = list(MINE + "&asOf=2020-06-01&sort=termEndsOn,desc");
        assertThat(sorted.path("items").findValuesAsText("agreementId"))
                .containsExactly("asof-young", "asof-statement", "asof-ended");
        assertThat(list(MINE + "&asOf=2020-06-01&endsBefore=2021-01-01")
                        .path("items")
                        .findValuesAsText("agreementId"))
                .containsExactly("asof-ended");
    }

    @Test
    void showsTheCorrectedStoryAsOfADayAndTheMistakeAsRecordedBeforeTheCorrection() throws Exception {
        assertThat(item(list(MINE + "&asOf=2022-01-01"), "asof-statement")
                        .path("status")
                        .asText())
                .as("the extension, entered late, counts from its letters")
                .isEqualTo("IN_FORCE");
        String then = "&recordedAsOf=" + BEFORE_THE_EXTENSION.plusSeconds(60);
        assertThat(item(list(MINE + "&asOf=2022-01-01" + then), "asof-statement")
                        .path("status")
                        .asText())
                .isEqualTo("EXPIRED");
        JsonNode recorded = list(MINE + then);
        assertThat(item(recorded, "asof-statement").path("status").asText()).isEqualTo("EXPIRED");
        assertThat(item(recorded, "asof-statement").path("version").asInt()).isEqualTo(1);
        assertThat(list(MINE + "&recordedAsOf=" + BEFORE_THE_EXTENSION.minus(Duration.ofDays(1)))
                        .path("totalItems")
                        .asInt())
                .as("nothing was recorded yet")
                .isZero();
    }

    @Test
    void walksEveryOrderByCursorAsOfADayAndAsRecordedAtAnInstant() throws Exception {
        ListWalks walks = new ListWalks(this::get, json);
        String then = "&recordedAsOf=" + BEFORE_THE_EXTENSION.plusSeconds(60);

        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&asOf=2019-12-31"))
                .isEqualTo(2);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&asOf=2020-06-01"))
                .isEqualTo(3);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&asOf=2019-12-31&status=IN_FORCE&meetingOverdue=true"))
                .isEqualTo(1);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&asOf=2020-06-01&endsBefore=2021-01-01&party=JP-ASOF"))
                .isEqualTo(1);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&asOf=2022-01-01" + then))
                .isEqualTo(3);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + then + "&status=EXPIRED"))
                .isEqualTo(1);
    }

    @Test
    void writesTheListAsOfADayAsCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        String csv = http.exchange(MINE + "&asOf=2019-12-31", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();
        assertThat(csv).contains("asof-statement").contains("asof-ended").doesNotContain("asof-young");
    }

    @Test
    void refusesAPointInTheFuture() {
        assertThat(get(MINE + "&asOf=" + LocalDate.now().plusDays(2)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(MINE + "&recordedAsOf=" + Instant.now().plus(Duration.ofDays(2)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void publishAt(AgreementEvent event, long sequence, Instant recordedAt) {
        publish(event, sequence, UUID.randomUUID().toString(), recordedAt);
    }

    private JsonNode list(String path) throws Exception {
        var answer = get(path);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static JsonNode item(JsonNode page, String agreementId) {
        for (JsonNode item : page.path("items")) {
            if (item.path("agreementId").asText().equals(agreementId)) {
                return item;
            }
        }
        throw new AssertionError(agreementId + " is not in " + page);
    }
}
