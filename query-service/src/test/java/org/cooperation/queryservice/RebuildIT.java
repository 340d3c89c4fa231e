package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Rebuilding every read model from the start of the topic gives exactly the state before, on a
 * realistic record, while readers and the live consumer go on.
 */
class RebuildIT extends QueryServiceIT {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void rebuildsExactlyTheStateBeforeFromTheStartOfTheTopic() throws Exception {
        RealisticHistory history = RealisticHistory.of(300, 2016_04_28L, "rebuild-");
        assertThat(history.applicableEvents()).isGreaterThan(2000);
        publishAll(history);
        awaitProjected("rebuild-", history.applicableEvents());
        assertThat(jdbc.sql("SELECT count(DISTINCT type) FROM query.agreement_event WHERE agreement_id LIKE 'rebuild-%'")
                .query(Integer.class).single()).isEqualTo(EventTypes.all().size());
        // Held events land on their own partitions' schedule, possibly after the last applied one.
        awaitRows("held_event", "rebuild-", 2);
        Map<String, List<String>> before = snapshot();

        // Damage the live read models: the rebuild must not copy them, but replay the topic.
        jdbc.sql("DELETE FROM query.agreement WHERE agreement_id LIKE 'rebuild-00%'").update();
        jdbc.sql("UPDATE query.agreement SET status = 'TERMINATED' WHERE agreement_id LIKE 'rebuild-01%'").update();
        jdbc.sql("DELETE FROM query.agreement_event WHERE agreement_id LIKE 'rebuild-02%'").update();
        jdbc.sql("DELETE FROM query.agreement_link").update();
        jdbc.sql("DELETE FROM query.held_event").update();
        assertThat(snapshot()).isNotEqualTo(before);

        JsonNode status = rebuildAndAwait();

        assertThat(status.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(status.get("recordsRead").asLong()).isGreaterThanOrEqualTo(history.records().size());
        assertThat(status.get("unusable").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'query\\_%'")
                .query(Integer.class).single()).isZero();
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
        JsonNode status = awaitJson("/api/admin/rebuild", body -> !body.get("state").asText().equals("RUNNING"));

        assertThat(status.get("state").asText()).isEqualTo("SUCCEEDED");
        awaitProjected("later-", later.applicableEvents());
        awaitProjected("during-", history.applicableEvents());

        Map<String, List<String>> afterALiveRebuild = snapshot();
        assertThat(rebuildAndAwait().get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(snapshot()).isEqualTo(afterALiveRebuild);
    }

    private JsonNode rebuildAndAwait() throws Exception {
        assertThat(post("/api/admin/rebuild").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitJson("/api/admin/rebuild", body -> !body.get("state").asText().equals("RUNNING"));
    }

    private void publishAll(RealisticHistory history) {
        for (RealisticHistory.Entry entry : history.records()) {
            if (entry.event() != null) {
                publish(entry.event(), entry.sequence(), entry.eventId(), entry.recordedAt());
            } else {
                Map<String, String> headers = new LinkedHashMap<>(headersOf(Events.fieldAdded(entry.agreementId(), "x"),
                        entry.sequence(), entry.eventId(), entry.recordedAt()));
                headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementRenamed.v1");
                publishRecord(Topics.AGREEMENT_EVENTS, entry.agreementId(), headers,
                        "{\"title\":\"Renamed\"}".getBytes(UTF_8));
            }
        }
    }

    /** Waits until the live projection has applied every applicable event of the agreements with that prefix. */
    private void awaitProjected(String prefix, int events) throws InterruptedException {
        awaitRows("agreement_event", prefix, events);
    }

    /** Waits until the read-model table holds exactly {@code rows} rows of the agreements with that prefix. */
    private void awaitRows(String table, String prefix, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + PROJECTION_TIMEOUT.toNanos();
        long found = 0;
        while (System.nanoTime() < deadline) {
            found = jdbc.sql("SELECT count(*) FROM query." + table + " WHERE agreement_id LIKE ?")
                    .param(prefix + "%").query(Long.class).single();
            if (found == rows) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("query." + table + " holds " + found + " of " + rows + " rows of " + prefix);
    }

    /** Every row of every read-model table, as JSON, in key order; when a row was held is not part of it. */
    private Map<String, List<String>> snapshot() {
        Map<String, String> orderBy = Map.of(
                "agreement", "agreement_id",
                "agreement_event", "event_id",
                "agreement_link", "agreement_id, sequence",
                "held_event", "agreement_id, sequence");
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.NAMES) {
            tables.put(table, jdbc.sql("SELECT (to_jsonb(t) - 'held_at')::text FROM query." + table + " t ORDER BY "
                    + orderBy.get(table)).query(String.class).list());
        }
        return tables;
    }
}
