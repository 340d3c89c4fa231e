package org.cooperation.queryservice.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public HistoryRepository(JdbcTemplate jdbc, ReadModelTables tables) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.tables = tables;
    }

    /** An entry of an agreement's history, as recorded. */
    public record Row(String agreementId, HistoryEntry entry) {
    }

    /**
     * Records the entries in one JDBC batch; false when any of them was recorded before (same
     * event id, or same agreement and sequence), which the caller's checks should have ruled out
     * unless another transaction recorded it meanwhile.
     */
    public boolean recordAll(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        int[] counts = batches.batchUpdate(tables.sql("""
                        INSERT INTO {agreement_event} (event_id, agreement_id, sequence, type, business_date,
                                                       recorded_at, principal, client, correlation_id, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT DO NOTHING
                        """),
                rows.stream().map(row -> {
                    HistoryEntry entry = row.entry();
                    return new Object[] {entry.eventId(), row.agreementId(), entry.sequence(), entry.type(),
                            entry.businessDate() == null ? null : Date.valueOf(entry.businessDate()),
                            Timestamp.from(entry.recordedAt()), entry.principal(), entry.client(),
                            entry.correlationId(), entry.payload()};
                }).toList());
        return Arrays.stream(counts).allMatch(count -> count == 1);
    }

    /** Which of these event ids the history holds already. */
    public Set<String> recordedAmong(Collection<String> eventIds) {
        return new HashSet<>(jdbc.sql(tables.sql("SELECT event_id FROM {agreement_event} WHERE event_id = ANY (?)"))
                .param(eventIds.toArray(String[]::new))
                .query(String.class)
                .list());
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
