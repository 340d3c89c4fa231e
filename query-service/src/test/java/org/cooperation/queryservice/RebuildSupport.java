package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.springframework.http.HttpStatus;

/** What the rebuild tests share: starting a rebuild, waiting for the projection, and the read models' rows. */
abstract class RebuildSupport extends QueryServiceIT {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(3);

    JsonNode rebuildAndAwait() throws Exception {
        assertThat(post("/api/admin/rebuild").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitJson(
                "/api/admin/rebuild", body -> !body.get("state").asText().equals("RUNNING"));
    }

    void publishAll(RealisticHistory history) {
        for (RealisticHistory.Entry entry : history.records()) {
            if (entry.event() != null) {
                publish(entry.event(), entry.sequence(), entry.eventId(), entry.recordedAt());
            } else {
                Map<String, String> headers = new LinkedHashMap<>(headersOf(
                        Events.fieldAdded(entry.agreementId(), "x"),
                        entry.sequence(),
                        entry.eventId(),
                        entry.recordedAt()));
                headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementRenamed.v1");
                publishRecord(
                        Topics.AGREEMENT_EVENTS,
                        entry.agreementId(),
                        headers,
                        "{\"title\":\"Renamed\"}".getBytes(UTF_8));
            }
        }
    }

    /** Waits until the live projection has applied every applicable event of the agreements with that prefix. */
    void awaitProjected(String prefix, int events) throws InterruptedException {
        awaitRows("agreement_event", prefix, events);
    }

    /** Waits until the read-model table holds exactly {@code rows} rows of the agreements with that prefix. */
    void awaitRows(String table, String prefix, int rows) throws InterruptedException {
        AtomicLong found = new AtomicLong();
        try {
            Awaitility.await()
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .atMost(PROJECTION_TIMEOUT)
                    .until(() -> {
                        found.set(jdbc.sql("SELECT count(*) FROM query." + table + " WHERE agreement_id LIKE ?")
                                .param(prefix + "%")
                                .query(Long.class)
                                .single());
                        return found.get() == rows;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("query." + table + " holds " + found.get() + " of " + rows + " rows of " + prefix);
        }
    }

    /** The definitions of the live read models' keys and indexes. */
    List<String> indexes() {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'query' ORDER BY indexname")
                .query(String.class)
                .list();
    }

    /**
     * Every row of every read-model table, as JSON, in key order; when a row was held is not part of it,
     * nor a timeline row's number, which only says in which order rows were written.
     */
    Map<String, List<String>> snapshot() {
        Map<String, String> orderBy = Map.of(
                "agreement", "agreement_id",
                "agreement_event", "event_id",
                "agreement_link", "agreement_id, sequence",
                "held_event", "agreement_id, sequence",
                "agreement_deadline", "agreement_id, kind",
                "agreement_timeline", "agreement_id, valid_from, recorded_from");
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.NAMES) {
            tables.put(
                    table,
                    jdbc.sql("SELECT (to_jsonb(t) - 'held_at' - 'row_id')::text FROM query." + table + " t ORDER BY "
                                    + orderBy.get(table))
                            .query(String.class)
                            .list());
        }
        return tables;
    }
}
