package org.cooperation.queryservice.projection.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agreement_event} table: every applied event, and so the record of what was applied. */
@Repository
public class HistoryRepository {

    /**
     * An entry's columns, in {@link HistoryEntry}'s order, the payload as its JSON text: the history's
     * own as {@code e}, and those of the retraction of the entry, if any, as {@code r}.
     */
    public static final String COLUMNS = """
            SELECT e.sequence, e.event_id, e.type, e.business_date, e.recorded_at, e.principal, e.client,
                   e.correlation_id, e.reason, r.sequence, r.recorded_at, r.principal, r.payload ->> 'reason',
                   e.payload::text, e.hash, e.previous_hash
            FROM {agreement_event} e
            LEFT JOIN {agreement_event} r
                   ON r.agreement_id = e.agreement_id AND r.type LIKE 'org.cooperation.agreement.FactRetracted.v%'
                  AND r.payload ->> 'retractedSequence' = CAST(e.sequence AS text)
            """;

    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public HistoryRepository(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = JdbcClient.create(jdbc);
        this.tables = tables;
    }

    /** An entry of an agreement's history, as recorded. */
    public record Row(String agreementId, HistoryEntry entry) {}

    /**
     * Records the entries in one statement, their columns passed as arrays, which PostgreSQL takes
     * several times faster than one insert per row; false when any of them was recorded before
     * (same event id, or same agreement and sequence), which the caller's checks should have ruled
     * out unless another transaction recorded it meanwhile.
     */
    public boolean recordAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        int inserted = jdbc.sql(tables.sql("""
                        INSERT INTO {agreement_event} (event_id, agreement_id, sequence, type, business_date,
                                                       recorded_at, principal, client, correlation_id, reason, payload,
                                                       hash, previous_hash)
                        SELECT event_id, agreement_id, sequence, type, business_date, recorded_at, principal, client,
                               correlation_id, reason, CAST(payload AS jsonb), hash, previous_hash
                        FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]),
                                    CAST(? AS date[]), CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]),
                                    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                    CAST(? AS text[]))
                             AS entry (event_id, agreement_id, sequence, type, business_date, recorded_at, principal,
                                       client, correlation_id, reason, payload, hash, previous_hash)
                        ON CONFLICT DO NOTHING
                        """))
                .params(
                        column(rows, row -> row.entry().eventId()),
                        column(rows, Row::agreementId),
                        column(rows, row -> Long.toString(row.entry().sequence())),
                        column(rows, row -> row.entry().type()),
                        column(rows, row -> StoredDates.text(row.entry().businessDate())),
                        column(rows, row -> row.entry().recordedAt().toString()),
                        column(rows, row -> row.entry().principal()),
                        column(rows, row -> row.entry().client()),
                        column(rows, row -> row.entry().correlationId()),
                        column(rows, row -> row.entry().reason()),
                        column(rows, row -> row.entry().payload()),
                        column(rows, row -> row.entry().hash()),
                        column(rows, row -> row.entry().previousHash()))
                .update();
        return inserted == rows.size();
    }

    private static String[] column(List<Row> rows, Function<Row, String> value) {
        String[] column = new String[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }

    /** Which of these event ids the history holds already. */
    public Set<String> recordedAmong(Collection<String> eventIds) {
        return new HashSet<>(jdbc.sql(tables.sql("SELECT event_id FROM {agreement_event} WHERE event_id = ANY (?)"))
                .param(eventIds.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** The whole history as the record stood at {@code recordedBy} (null: as it stands now), oldest first. */
    public List<HistoryEntry> recordedBy(String agreementId, Instant recordedBy) {
        return jdbc.sql(tables.sql(COLUMNS + """
                        WHERE e.agreement_id = :id
                          AND (CAST(:recordedBy AS timestamptz) IS NULL OR e.recorded_at <= :recordedBy)
                        ORDER BY e.sequence
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

    /**
     * The entry in the current row of a result of {@link #COLUMNS}. Dates and instants are read as
     * java.time values directly, which skips the driver's calendar arithmetic.
     */
    public static HistoryEntry entry(ResultSet rs) throws SQLException {
        return new HistoryEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                retraction(rs),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16));
    }

    /** The retraction of the row's entry, from the columns 10 to 13; null when it is not retracted. */
    public static HistoryEntry.Retraction retraction(ResultSet rs) throws SQLException {
        long sequence = rs.getLong(10);
        if (rs.wasNull()) {
            return null;
        }
        return new HistoryEntry.Retraction(
                sequence, rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getString(12), rs.getString(13));
    }
}
