package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.Relation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CurrentStateIT extends QueryServiceIT {

    @Test
    void showsALinkToAnAgreementProjectedBeforeTheLinkingOne() throws Exception {
        publish(Events.signed("links-2016"), 0);
        awaitVersion("links-2016", 0);
        publish(
                Events.signed(
                        "links-hannover-2017",
                        LocalDate.parse("2017-03-19"),
                        List.of(Events.BMWI, Events.METI),
                        List.of()),
                0);
        publish(Events.link("links-hannover-2017", "links-2016", Relation.BUILDS_ON, "2017-03-19"), 1);

        JsonNode earlier = awaitJson(
                "/api/agreements/links-2016", body -> body.path("links").size() == 1);
        JsonNode later = awaitVersion("links-hannover-2017", 1);

        assertLink(earlier.get("links").get(0), "INCOMING", "links-hannover-2017");
        assertLink(later.get("links").get(0), "OUTGOING", "links-2016");
        assertThat(later.get("agreement").get("links").size()).isEqualTo(1);
    }

    @Test
    void showsALinkMadeBeforeTheLinkedAgreementWasProjected() throws Exception {
        publish(
                Events.signed(
                        "early-link-2017", LocalDate.parse("2017-03-19"), List.of(Events.BMWI, Events.METI), List.of()),
                0);
        publish(Events.link("early-link-2017", "early-link-2016", Relation.BUILDS_ON, "2017-03-19"), 1);
        awaitVersion("early-link-2017", 1);
        publish(Events.signed("early-link-2016"), 0);

        JsonNode linked = awaitVersion("early-link-2016", 0);

        assertThat(linked.get("links").size()).isEqualTo(1);
        assertLink(linked.get("links").get(0), "INCOMING", "early-link-2017");
    }

    @Test
    void showsAnIncomingLinkOnlyFromTheDayItWasMade() throws Exception {
        publish(Events.signed("dated-link-2016"), 0);
        publish(
                Events.signed(
                        "dated-link-2017", LocalDate.parse("2017-03-19"), List.of(Events.BMWI, Events.METI), List.of()),
                0);
        publish(Events.link("dated-link-2017", "dated-link-2016", Relation.BUILDS_ON, "2017-03-19"), 1);
        awaitVersion("dated-link-2017", 1);
        awaitVersion("dated-link-2016", 0);

        assertThat(json.readTree(get("/api/agreements/dated-link-2016?asOf=2017-03-18")
                                .getBody())
                        .get("links")
                        .size())
                .isZero();
        assertThat(json.readTree(get("/api/agreements/dated-link-2016?asOf=2017-03-19")
                                .getBody())
                        .get("links")
                        .size())
                .isEqualTo(1);
    }

    /** If-None-Match compares weakly (RFC 9110), but only entity tags: an unquoted version is not one. */
    @Test
    void answersNotModifiedOnlyToTheVersionAsAnEntityTag() throws Exception {
        publish(Events.signed("etag-2016"), 0);
        awaitJson("/api/agreements/etag-2016", body -> body.has("agreement"));

        assertThat(ifNoneMatch("etag-2016", "\"0\"").getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(ifNoneMatch("etag-2016", "W/\"0\"").getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(ifNoneMatch("etag-2016", "0").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ifNoneMatch("etag-2016", "\"1\"").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ifNoneMatch("etag-2016", "\"0").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> ifNoneMatch(String agreementId, String tag) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_NONE_MATCH, tag);
        return http.exchange("/api/agreements/" + agreementId, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void showsEverythingRecordedAboutAnAgreement() throws Exception {
        String id = "whole-2016";
        publish(Events.signed(id), 0);
        publish(Events.contact(id, Events.METI, "Yuki Tanaka", "2016-06-01"), 1);
        publish(Events.participant(id, "AIST", "JP", "2017-03-19"), 2);
        publish(Events.fieldAdded(id, "Automobile industry"), 3);
        publish(Events.milestone(id, "2017-03-19", "AIST and DFKI sign MoC on AI"), 4);
        publish(Events.meeting(id, "2017-03-19", "DE", "Hannover"), 5);
        publish(Events.noticeGiven(id, "2020-12-01", "2021-03-01"), 6);

        JsonNode view = awaitVersion(id, 6);
        JsonNode agreement = view.get("agreement");

        assertThat(agreement.get("status").asText()).isEqualTo("TERMINATION_PENDING");
        assertThat(agreement.get("parties").get(1).get("signatory").get("name").asText())
                .isEqualTo("Takayuki Ueda");
        assertThat(agreement.get("term").get("effectiveFrom").asText()).isEqualTo("2016-04-28");
        assertThat(agreement.get("pendingNotice").get("endsOn").asText()).isEqualTo("2021-03-01");
        assertThat(agreement.get("contacts").get("JP-METI").get("email").asText())
                .isEqualTo("yuki.tanaka@example.org");
        assertThat(agreement.get("participants").findValuesAsText("name")).containsExactly("AIST");
        assertThat(agreement.get("fieldsOfCooperation").findValuesAsText("name"))
                .contains("Automobile industry");
        assertThat(agreement.get("milestones").get(0).get("title").asText()).isEqualTo("AIST and DFKI sign MoC on AI");
        assertThat(view.get("meetingsSummary").get("held").asInt()).isEqualTo(1);
        assertThat(view.get("meetingsSummary").get("nextDue").asText()).isEqualTo("2018-03-19");
        assertThat(view.get("meetingsSummary").get("expectedHost").asText()).isEqualTo("JP");
        assertThat(view.has("heldBack")).isFalse();
    }

    @Test
    void listsTheMeetingsByTheDateTheyWereHeld() throws Exception {
        String id = "meetings-2016";
        publish(Events.signed(id), 0);
        publish(Events.meeting(id, "2018-10-04", "JP", "Tokyo"), 1);
        publish(Events.meeting(id, "2017-03-19", "DE", "Hannover"), 2);
        awaitVersion(id, 2);

        JsonNode meetings =
                json.readTree(get("/api/agreements/" + id + "/meetings").getBody());

        assertThat(meetings.get("meetings").findValuesAsText("city")).containsExactly("Hannover", "Tokyo");
        assertThat(meetings.get("policy").get("level").asText()).isEqualTo("Director-General");
        assertThat(meetings.get("summary").get("nextDue").asText()).isEqualTo("2019-10-04");
        assertThat(meetings.get("version").asLong()).isEqualTo(2);
        assertThat(get("/api/agreements/no-such-agreement/meetings").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void pagesALongHistory() throws Exception {
        String id = "paged-2016";
        publish(Events.signed(id), 0);
        for (int sequence = 1; sequence <= 4; sequence++) {
            publish(Events.fieldAdded(id, "Field " + sequence), sequence);
        }
        awaitVersion(id, 4);

        JsonNode first =
                json.readTree(get("/api/agreements/" + id + "/history?size=2").getBody());
        JsonNode second = json.readTree(
                get("/api/agreements/" + id + "/history?size=2&after=1").getBody());
        JsonNode last = json.readTree(
                get("/api/agreements/" + id + "/history?size=2&after=3").getBody());

        assertThat(first.get("events").findValuesAsText("sequence")).containsExactly("0", "1");
        assertThat(first.get("nextAfter").asLong()).isEqualTo(1);
        assertThat(second.get("events").findValuesAsText("sequence")).containsExactly("2", "3");
        assertThat(last.get("events").findValuesAsText("sequence")).containsExactly("4");
        assertThat(last.has("nextAfter")).isFalse();
    }

    @Test
    void refusesAHistoryPageLargerThanTheStatedMaximum() throws Exception {
        publish(Events.signed("history-limit"), 0);
        awaitVersion("history-limit", 0);

        assertThat(get("/api/agreements/history-limit/history?size=1000").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> tooLarge = get("/api/agreements/history-limit/history?size=1001");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(tooLarge.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("size");
        assertThat(error.get("rule").asText()).isEqualTo("maximum");
        assertThat(error.get("message").asText()).contains("1000");
        assertThat(get("/api/agreements/history-limit/history?size=0").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/agreements/history-limit/history?after=-2").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode awaitVersion(String agreementId, long version) throws Exception {
        return awaitJson(
                "/api/agreements/" + agreementId,
                body -> body.path("agreement").path("version").asLong(-1) >= version);
    }

    private static void assertLink(JsonNode link, String direction, String agreementId) {
        assertThat(link.get("direction").asText()).isEqualTo(direction);
        assertThat(link.get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(link.get("relation").asText()).isEqualTo("BUILDS_ON");
        assertThat(link.get("linkedOn").asText()).isEqualTo("2017-03-19");
    }
}
