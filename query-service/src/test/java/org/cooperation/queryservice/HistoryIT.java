package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.reading.history.HistoryController.HistoryPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The history's pages, written field by field, are exactly the JSON of the documented page of recorded events. */
class HistoryIT extends QueryServiceIT {

    @Autowired
    HistoryRepository history;

    @Test
    void servesEachPageAsTheJsonOfItsRecordedEvents() throws Exception {
        String id = "history-as-json";
        publish(Events.signed(id), 0);
        Map<String, String> anonymous = new LinkedHashMap<>(
                headersOf(Events.fieldAdded(id, "Robotics"), 1, "anonymous", Instant.parse("2017-03-19T09:30:00Z")));
        anonymous.remove(EventHeaders.PRINCIPAL);
        anonymous.remove(EventHeaders.CORRELATION_ID);
        publishRecord(Topics.AGREEMENT_EVENTS, id, anonymous, EventJson.write(Events.fieldAdded(id, "Robotics")));
        String text = "\"Zusammenarbeit\" in Düsseldorf und 東京\t\\ 🤝";
        MilestoneRecorded milestone = new MilestoneRecorded(
                AgreementId.of(id), LocalDate.parse("2017-03-20"), text, text, text, List.of(text));
        Map<String, String> withReason = new LinkedHashMap<>(headersOf(milestone, 2, "with-reason", Instant.now()));
        withReason.put(EventHeaders.REASON, "Minutes of the meeting: " + text);
        publishRecord(Topics.AGREEMENT_EVENTS, id, withReason, EventJson.write(milestone));
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 2);

        ResponseEntity<String> first = get("/api/agreements/" + id + "/history?size=2");
        ResponseEntity<String> last = get("/api/agreements/" + id + "/history?size=2&after=1");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        List<HistoryEntry> recorded = history.recordedBy(id, null);
        assertThat(first.getBody()).isEqualTo(json.writeValueAsString(new HistoryPage(id, recorded.subList(0, 2), 1L)));
        assertThat(last.getBody())
                .isEqualTo(json.writeValueAsString(new HistoryPage(id, recorded.subList(2, 3), null)));
        var anonymousEvent = json.readTree(first.getBody()).get("events").get(1);
        assertThat(anonymousEvent.get("recordedAt").asText()).isEqualTo("2017-03-19T09:30:00Z");
        assertThat(anonymousEvent.get("businessDate").asText()).isEqualTo("2017-03-19");
        assertThat(anonymousEvent.has("principal")).isFalse();
        assertThat(json.readTree(last.getBody())
                        .get("events")
                        .get(0)
                        .get("payload")
                        .get("title")
                        .asText())
                .isEqualTo(text);
        assertThat(json.readTree(last.getBody())
                        .get("events")
                        .get(0)
                        .get("reason")
                        .asText())
                .isEqualTo("Minutes of the meeting: " + text);
        assertThat(anonymousEvent.has("reason")).isFalse();
    }

    @Test
    void showsEachEventsPlaceInItsAgreementsChain() throws Exception {
        String id = "history-chained";
        Map<String, String> first = new LinkedHashMap<>(headersOf(Events.signed(id), 0, "chained-0", Instant.now()));
        first.put(EventHeaders.HASH, "a".repeat(64));
        publishRecord(Topics.AGREEMENT_EVENTS, id, first, EventJson.write(Events.signed(id)));
        Map<String, String> second =
                new LinkedHashMap<>(headersOf(Events.fieldAdded(id, "Robotics"), 1, "chained-1", Instant.now()));
        second.put(EventHeaders.HASH, "b".repeat(64));
        second.put(EventHeaders.PREVIOUS_HASH, "a".repeat(64));
        publishRecord(Topics.AGREEMENT_EVENTS, id, second, EventJson.write(Events.fieldAdded(id, "Robotics")));
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);

        var events = json.readTree(get("/api/agreements/" + id + "/history").getBody())
                .get("events");

        assertThat(events.get(0).get("hash").asText()).isEqualTo("a".repeat(64));
        assertThat(events.get(0).has("previousHash")).isFalse();
        assertThat(events.get(1).get("hash").asText()).isEqualTo("b".repeat(64));
        assertThat(events.get(1).get("previousHash").asText()).isEqualTo("a".repeat(64));
        assertThat(get("/api/agreements/" + id + "/history?size=2").getBody())
                .isEqualTo(json.writeValueAsString(new HistoryPage(id, history.recordedBy(id, null), null)));
    }

    @Test
    void verifiesTheHistoryItHoldsAgainstItsChain() throws Exception {
        String id = "history-verified";
        publish(Events.signed(id), 0);
        publish(Events.fieldAdded(id, "Robotics"), 1);
        publish(Events.fieldAdded(id, "Space"), 2);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 2);

        assertThat(get("/api/agreements/" + id + "/verification").getBody()).isEqualTo("{\"valid\":true}");

        jdbc.sql("UPDATE query.agreement_event SET payload = jsonb_set(payload, '{field}', '\"Spice\"')"
                        + " WHERE agreement_id = ? AND sequence = 2")
                .param(id)
                .update();
        String tampered = get("/api/agreements/" + id + "/verification").getBody();
        System.out.println("TAMPER read model " + id + ": " + tampered);
        assertThat(json.readTree(tampered)).isEqualTo(json.readTree("""
                {"valid":false,"firstInvalidSequence":2,
                 "reason":"event 2 was changed: its content does not match its hash"}"""));
    }

    @Test
    void servesALongPageAsTheJsonOfItsRecordedEvents() throws Exception {
        String id = "history-long-page";
        publish(Events.signed(id), 0);
        int events = 300;
        for (int sequence = 1; sequence < events; sequence++) {
            publish(Events.milestone(id, "2017-03-19", "Milestone " + sequence), sequence);
        }
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == events - 1);

        ResponseEntity<String> page = get("/api/agreements/" + id + "/history?size=" + (events - 1));

        // Longer than the writer's first buffer, which grows.
        assertThat(page.getBody())
                .hasSizeGreaterThan(64 * 1024)
                .isEqualTo(json.writeValueAsString(
                        new HistoryPage(id, history.recordedBy(id, null).subList(0, events - 1), (long) events - 2)));
    }

    @Test
    void servesAnEmptyPageAfterTheLastEvent() throws Exception {
        String id = "history-past-the-end";
        publish(Events.signed(id), 0);
        awaitJson("/api/agreements/" + id, body -> body.has("agreement"));

        ResponseEntity<String> past = get("/api/agreements/" + id + "/history?after=0");

        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(past.getBody()).isEqualTo("{\"agreementId\":\"" + id + "\",\"events\":[]}");
    }
}
