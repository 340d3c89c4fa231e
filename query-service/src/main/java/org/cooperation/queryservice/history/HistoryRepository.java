package org.cooperation.queryservice.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agreement_event} table: every applied event, and so the record of what was applied. */
@Repository
public class HistoryRepository {

    private static final String COLUMNS = """
            SELECT sequence, event_id, type, business_date, recorded_at, principal, client, correlation_id,
                   payload::text
            FROM {agreement_event}
            """;

    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public HistoryRepository(JdbcClient jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** Records the event; false when it was recorded before (same event id, or same agreement and sequence). */
    public boolean record(HistoryEntry entry, String agreementId) {
        return jdbc.sql(tables.sql("""
                        INSERT INTO {agreement_event} (event_id, agreement_id, sequence, type, business_date,
                                                       recorded_at, principal, client, correlation_id, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT DO NOTHING
                        """))
                .params(entry.eventId(), agreementId, entry.sequence(), entry.type(),
                        entry.businessDate() == null ? null : Date.valueOf(entry.businessDate()),
                        Timestamp.from(entry.recordedAt()), entry.principal(), entry.client(), entry.correlationId(),
                        entry.payload())
                .update() == 1;
    }

    /** One page of an agreement's history, oldest first, starting after {@code afterSequence}. */
    public List<HistoryEntry> find(String agreementId, long afterSequence, int limit) {
        return jdbc.sql(tables.sql(COLUMNS + "WHERE agreement_id = ? AND sequence > ? ORDER BY sequence LIMIT ?"))
                .params(agreementId, afterSequence, limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** The whole history as the record stood at {@code recordedBy} (null: as it stands now), oldest first. */
    public List<HistoryEntry> recordedBy(String agreementId, Instant recordedBy) {
        return jdbc.sql(tables.sql(COLUMNS + """
                        WHERE agreement_id = :id AND (CAST(:recordedBy AS timestamptz) IS NULL OR recorded_at <= :recordedBy)
                        ORDER BY sequence
                        """))
                .param("id", agreementId)
                .param("recordedBy", recordedBy == null ? null : Timestamp.from(recordedBy))
                .query((rs, row) -> entry(rs))
                .list();
    }

    public boolean exists(String agreementId) {
        return jdbc.sql(tables.sql("SELECT EXISTS (SELECT 1 FROM {agreement_event} WHERE agreement_id = ?)"))
                .param(agreementId)
                .query(Boolean.class)
                .single();
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        return new HistoryEntry(
                rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9));
    }
}
