package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Rebuilding every read model from the start of the topic gives exactly the state before, on a
 * realistic record, while readers and the live consumer go on.
 */
class RebuildIT extends RebuildSupport {

    @Test
    void rebuildsExactlyTheStateBeforeFromTheStartOfTheTopic() throws Exception {
        RealisticHistory history = RealisticHistory.of(300, 2016_04_28L, "rebuild-");
        assertThat(history.applicableEvents()).isGreaterThan(2000);
        publishAll(history);
        awaitProjected("rebuild-", history.applicableEvents());
        assertThat(jdbc.sql(
                                "SELECT count(DISTINCT type) FROM query.agreement_event WHERE agreement_id LIKE 'rebuild-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(EventTypes.all().size());
        // Held events land on their own partitions' schedule, possibly after the last applied one.
        awaitRows("held_event", "rebuild-", 2);
        Map<String, List<String>> before = snapshot();

        // Damage the live read models: the rebuild must not copy them, but replay the topic.
        jdbc.sql("DELETE FROM query.agreement WHERE agreement_id LIKE 'rebuild-00%'")
                .update();
        jdbc.sql("UPDATE query.agreement SET status = 'TERMINATED' WHERE agreement_id LIKE 'rebuild-01%'")
                .update();
        jdbc.sql("DELETE FROM query.agreement_event WHERE agreement_id LIKE 'rebuild-02%'")
                .update();
        jdbc.sql("DELETE FROM query.agreement_link").update();
        jdbc.sql("DELETE FROM query.held_event").update();
        assertThat(snapshot()).isNotEqualTo(before);
        List<String> indexes = indexes();

        JsonNode status = rebuildAndAwait();

        assertThat(status.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(status.get("recordsRead").asLong())
                .isGreaterThanOrEqualTo(history.records().size());
        assertThat(status.get("unusable").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM query.agreement_event WHERE agreement_id LIKE 'rebuild-%' AND hash IS NULL")
                        .query(Long.class)
                        .single())
                .as("events rebuilt without their hash")
                .isZero();
        assertThat(indexes())
                .as("keys and indexes taken off for the load and made again")
                .isEqualTo(indexes);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'query\\_%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void keepsServingReadersAndApplyingNewEventsWhileItRebuilds() throws Exception {
        RealisticHistory history = RealisticHistory.of(150, 2017_03_19L, "during-");
        publishAll(history);
        awaitProjected("during-", history.applicableEvents());
        RealisticHistory later = RealisticHistory.of(40, 2018_10_29L, "later-");

        ResponseEntity<String> started = post("/api/admin/rebuild");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getHeaders().getLocation()).hasPath("/api/admin/rebuild");
        ResponseEntity<String> second = post("/api/admin/rebuild");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(second.getBody()).get("type").asText())
                .isEqualTo("urn:cooperation-agreements:problem:rebuild-running");
        publishAll(later);
        assertThat(get("/api/agreements/during-000").getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode status = awaitJson(
                "/api/admin/rebuild", body -> !body.get("state").asText().equals("RUNNING"));

        assertThat(status.get("state").asText()).isEqualTo("SUCCEEDED");
        awaitProjected("later-", later.applicableEvents());
        awaitProjected("during-", history.applicableEvents());
        // Held events land on their own partitions' schedule, possibly after the last applied one.
        awaitRows("held_event", "later-", 2);
        awaitRows("held_event", "during-", 2);

        Map<String, List<String>> afterALiveRebuild = snapshot();
        assertThat(rebuildAndAwait().get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(snapshot()).isEqualTo(afterALiveRebuild);
    }

    @Test
    void rebuildsAnAgreementWhoseEventsArriveOutOfOrderAndFarApartOnTheTopic() throws Exception {
        String id = "far-apart";
        publish(Events.signed(id), 0);
        publish(Events.fieldAdded(id, "Hydrogen"), 2);
        // More records in between than the rebuild reads at once, so that the held event and the one it waits for
        // arrive in different reads.
        RealisticHistory between = RealisticHistory.of(250, 2016_04_29L, "between-far-apart-");
        assertThat(between.records().size()).isGreaterThan(2000);
        publishAll(between);
        publish(Events.fieldAdded(id, "Robotics"), 1);
        publish(Events.fieldAdded(id, "Smart grids"), 3);
        awaitRows("agreement_event", id, 4);
        awaitProjected("between-far-apart-", between.applicableEvents());
        awaitRows("held_event", "between-far-apart-", 2);
        Map<String, List<String>> before = snapshot();

        assertThat(rebuildAndAwait().get("state").asText()).isEqualTo("SUCCEEDED");

        assertThat(snapshot()).isEqualTo(before);
        JsonNode agreement =
                json.readTree(get("/api/agreements/" + id).getBody()).get("agreement");
        assertThat(agreement.get("version").asLong()).isEqualTo(3);
        assertThat(agreement.get("fieldsOfCooperation").findValuesAsText("name"))
                .containsExactly(
                        "Industrial cyber security",
                        "International standardization",
                        "Robotics",
                        "Hydrogen",
                        "Smart grids");
    }

    @Test
    void rebuildsTextWithTheCharactersTheBulkCopyEscapesAndPayloadsLargerThanItsBuffer() throws Exception {
        String id = "escaped-text";
        String text = "tab\there, line\nbreak, carriage\rreturn, back\\slash \\N, \"quoted\", Düsseldorf, 東京, 🤝";
        Map<String, String> headers = new LinkedHashMap<>(headersOf(Events.signed(id), 0, "escaped-0", Instant.now()));
        headers.put(EventHeaders.PRINCIPAL, text);
        headers.put(EventHeaders.CORRELATION_ID, text);
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(Events.signed(id)));
        publish(
                new MilestoneRecorded(
                        AgreementId.of(id), LocalDate.parse("2017-03-19"), text, text, text, List.of(text)),
                1);
        // Thirty outcomes of the longest free text: a payload of some 120 KB, written as up to three bytes a character.
        List<String> outcomes = IntStream.range(0, 30)
                .mapToObj(i -> (i + text).repeat(3900 / (text.length() + 2)))
                .toList();
        publish(
                new AnnualMeetingRecorded(
                        AgreementId.of(id),
                        LocalDate.parse("2017-04-20"),
                        CountryCode.of("DE"),
                        "Hannover",
                        "Minister",
                        List.of(),
                        outcomes,
                        null),
                2);
        awaitRows("agreement_event", id, 3);
        Map<String, List<String>> before = snapshot();

        assertThat(rebuildAndAwait().get("state").asText()).isEqualTo("SUCCEEDED");

        assertThat(snapshot()).isEqualTo(before);
        JsonNode first = json.readTree(get("/api/agreements/" + id + "/history").getBody())
                .get("events")
                .get(0);
        assertThat(first.get("principal").asText()).isEqualTo(text);
    }
}
