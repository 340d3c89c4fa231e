package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cooperation.agreement.api.Party;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Calendar subscriptions: a secret URL per user, read without a token, confined and revocable. */
class CalendarFeedIT extends QueryServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Party DE = Events.party("DE-FEED", "DE");
    private static final Party MINE = Events.party("JP-FEED", "JP");
    private static final Party THEIRS = Events.party("FR-FEED", "FR");
    private static final String PARTNER = IDENTITY.token(Roles.PARTNER, "JP-FEED");

    @Test
    void servesAPartnersDeadlinesWithoutATokenUntilTheFeedIsRevoked() throws Exception {
        // Signed a year ago: the first annual meeting is due today, inside every feed's window.
        publish(Events.signed("feed-mine", TODAY.minusYears(1), List.of(DE, MINE), List.of()), 0);
        publish(Events.signed("feed-theirs", TODAY.minusYears(1), List.of(DE, THEIRS), List.of()), 0);
        awaitJson(
                "/api/agreements?party=DE-FEED",
                body -> body.path("items")
                        .findValuesAsText("agreementId")
                        .containsAll(List.of("feed-mine", "feed-theirs")));

        ResponseEntity<String> created = exchange(HttpMethod.POST, "/api/calendar-feeds", PARTNER);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode feed = json.readTree(created.getBody());
        assertThat(feed.path("party").asText()).isEqualTo("JP-FEED");
        String path = feed.path("path").asText();
        assertThat(path).startsWith("/calendar/").endsWith(".ics");

        ResponseEntity<String> read = exchange(HttpMethod.GET, path, null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getCacheControl()).contains("no-store");
        Calendar calendar = new CalendarBuilder().build(new StringReader(read.getBody()));
        List<String> uids = calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(event ->
                        event.getProperty(Property.UID).map(Property::getValue).orElseThrow())
                .toList();
        assertThat(uids)
                .contains("feed-mine/annual_meeting_due@deadlines.cooperation-agreements")
                .noneMatch(uid -> uid.startsWith("feed-theirs/"));

        JsonNode listed = json.readTree(
                exchange(HttpMethod.GET, "/api/calendar-feeds", PARTNER).getBody());
        assertThat(listed.findValuesAsText("feedId"))
                .contains(feed.path("feedId").asText());
        assertThat(listed.toString()).doesNotContain(path.substring("/calendar/".length(), path.length() - 4));

        String someoneElse = IDENTITY.token(Roles.AUDITOR, null);
        assertThat(exchange(
                                HttpMethod.DELETE,
                                "/api/calendar-feeds/" + feed.path("feedId").asText(),
                                someoneElse)
                        .getStatusCode())
                .as("only its owner or the secretariat revokes it")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(
                                HttpMethod.DELETE,
                                "/api/calendar-feeds/" + feed.path("feedId").asText(),
                                PARTNER)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(exchange(HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersAnUnknownSecretAsNothingThere() {
        assertThat(exchange(HttpMethod.GET, "/calendar/not-a-secret.ics", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void makesFeedsOnlyForReadersWithAToken() {
        assertThat(exchange(HttpMethod.POST, "/api/calendar-feeds", "not-a-token")
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A request with this token, or with none at all when it is null (as a calendar client sends). */
    private ResponseEntity<String> exchange(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        // The base class adds the reader's token to requests without one; an empty value keeps it out.
        headers.set(HttpHeaders.AUTHORIZATION, token == null ? "" : "Bearer " + token);
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }
}
