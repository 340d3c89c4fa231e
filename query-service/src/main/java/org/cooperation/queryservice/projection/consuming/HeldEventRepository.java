package org.cooperation.queryservice.projection.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code held_event} table: events that arrived before the one they follow. */
@Repository
public class HeldEventRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public HeldEventRepository(JdbcTemplate jdbc, ReadModelTables tables) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.tables = tables;
    }

    /** Holds the events, in one JDBC batch; one held already stays as it is. */
    public void holdAll(Collection<EventRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        batches.batchUpdate(
                tables.sql("""
                        INSERT INTO {held_event} (agreement_id, sequence, event_id, type, recorded_at, principal, client,
                                                  correlation_id, reason, payload, hash, previous_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
                        ON CONFLICT DO NOTHING
                        """),
                records.stream()
                        .map(record -> {
                            ReceivedEvent received = record.received();
                            return new Object[] {
                                record.agreementId(),
                                record.sequence(),
                                received.eventId(),
                                received.type(),
                                Timestamp.from(received.recordedAt()),
                                record.audit().principal(),
                                record.audit().client(),
                                record.audit().correlationId(),
                                record.audit().reason(),
                                record.payload(),
                                record.chain().hash(),
                                record.chain().previousHash()
                            };
                        })
                        .toList());
    }

    /** The events held for these agreements, locked until the transaction ends. */
    public List<EventRecord> findAllForUpdate(Collection<String> agreementIds) {
        return jdbc.sql(tables.sql("""
                        SELECT agreement_id, sequence, event_id, type, recorded_at, principal, client, correlation_id,
                               reason, payload::text, hash, previous_hash
                        FROM {held_event} WHERE agreement_id = ANY (?)
                        ORDER BY agreement_id, sequence FOR UPDATE
                        """))
                .param(agreementIds.toArray(String[]::new))
                .query((rs, row) -> {
                    String type = rs.getString(4);
                    String payload = rs.getString(10);
                    return new EventRecord(
                            new ReceivedEvent(
                                    rs.getString(3),
                                    type,
                                    AgreementId.of(rs.getString(1)),
                                    rs.getLong(2),
                                    rs.getTimestamp(5).toInstant(),
                                    EventJson.read(type, payload.getBytes(UTF_8))),
                            new EventRecord.Audit(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                            payload,
                            new EventEnvelope.Chain(rs.getString(11), rs.getString(12)));
                })
                .list();
    }

    /** Takes these events out of the table, in one JDBC batch, once they are applied. */
    public void releaseAll(Collection<EventRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        batches.batchUpdate(
                tables.sql("DELETE FROM {held_event} WHERE agreement_id = ? AND sequence = ?"),
                records.stream()
                        .map(record -> new Object[] {record.agreementId(), record.sequence()})
                        .toList());
    }

    /** Every held event, by agreement and sequence, with the sequence its agreement waits for. */
    public List<HeldEvent> all(int limit) {
        return jdbc.sql(tables.sql("""
                        SELECT h.agreement_id, h.sequence, h.event_id, h.type, h.recorded_at, h.held_at,
                               COALESCE(a.version, -1) + 1
                        FROM {held_event} h LEFT JOIN {agreement} a ON a.agreement_id = h.agreement_id
                        ORDER BY h.agreement_id, h.sequence
                        LIMIT ?
                        """))
                .param(limit)
                .query((rs, row) -> new HeldEvent(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(),
                        rs.getLong(7)))
                .list();
    }

    /** How many events are held, and since when the longest-held one waits; null when none is. */
    public record Waiting(long events, Instant since) {}

    public Waiting waiting() {
        return jdbc.sql(tables.sql("SELECT count(*), min(held_at) FROM {held_event}"))
                .query((rs, row) -> new Waiting(
                        rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** An event waiting for its predecessor, as an operator sees it. */
    public record HeldEvent(
            String agreementId,
            long sequence,
            String eventId,
            String type,
            Instant recordedAt,
            Instant heldAt,
            long waitingForSequence) {}
}
