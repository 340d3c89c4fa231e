package org.cooperation.queryservice.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code held_event} table: events that arrived before the one they follow. */
@Repository
public class HeldEventRepository {

    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public HeldEventRepository(JdbcClient jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** Holds the event; false when it is held already. */
    public boolean hold(EventRecord record) {
        ReceivedEvent received = record.received();
        return jdbc.sql(tables.sql("""
                        INSERT INTO {held_event} (agreement_id, sequence, event_id, type, recorded_at, principal, client,
                                                  correlation_id, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT DO NOTHING
                        """))
                .params(record.agreementId(), record.sequence(), received.eventId(), received.type(),
                        Timestamp.from(received.recordedAt()), record.audit().principal(), record.audit().client(),
                        record.audit().correlationId(), record.payload())
                .update() == 1;
    }

    /** Takes the held event with this sequence out of the table, if there is one. */
    public Optional<EventRecord> take(String agreementId, long sequence) {
        return jdbc.sql(tables.sql("""
                        DELETE FROM {held_event} WHERE agreement_id = ? AND sequence = ?
                        RETURNING event_id, type, recorded_at, principal, client, correlation_id, payload::text
                        """))
                .params(agreementId, sequence)
                .query((rs, row) -> {
                    String type = rs.getString(2);
                    String payload = rs.getString(7);
                    return new EventRecord(
                            new ReceivedEvent(rs.getString(1), type, AgreementId.of(agreementId), sequence,
                                    rs.getTimestamp(3).toInstant(), EventJson.read(type, payload.getBytes(UTF_8))),
                            new EventRecord.Audit(rs.getString(4), rs.getString(5), rs.getString(6)),
                            payload);
                })
                .optional();
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
                .query((rs, row) -> new HeldEvent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getLong(7)))
                .list();
    }

    /** An event waiting for its predecessor, as an operator sees it. */
    public record HeldEvent(String agreementId, long sequence, String eventId, String type, Instant recordedAt,
                            Instant heldAt, long waitingForSequence) {
    }
}
