package org.cooperation.queryservice.projection.timeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code agreement_timeline} table of one set of read-model tables. A component, not a
 * repository: a record cannot be proxied for Spring's exception translation.
 */
@Component
public record TimelineRepository(JdbcTemplate jdbc, ReadModelTables tables) {

    private static final String COLUMNS = """
            row_id, agreement_id, valid_from, valid_to, recorded_from, recorded_to, version, status,
            title, kind, signed_on, signed_as_given, effective_from, term_ends_on, last_day_in_force,
            next_meeting_due, meeting_overdue_from, party_codes, fields""";

    /**
     * The last open step of each of these agreements (the one from its latest business date on); none
     * for a new one. An event dated on or after every earlier one changes only that step, so a batch
     * reads one row per agreement however long its timeline is.
     */
    public Map<String, Step> lastOpen(Collection<String> agreementIds) {
        Map<String, Step> last = new HashMap<>();
        JdbcClient.create(jdbc)
                .sql(tables.sql("SELECT t.* FROM unnest(?::text[]) AS a(id) CROSS JOIN LATERAL (SELECT " + COLUMNS
                        + " FROM {agreement_timeline} WHERE agreement_id = a.id AND recorded_to IS NULL"
                        + " ORDER BY valid_from DESC LIMIT 1) AS t"))
                .param(agreementIds.toArray(String[]::new))
                .query(rs -> {
                    Step step = step(rs);
                    last.put(step.agreementId(), step);
                });
        return last;
    }

    /** An agreement's open steps from business dates before {@code validFrom}, in business-date order. */
    public List<Step> openBefore(String agreementId, LocalDate validFrom) {
        List<Step> open = new ArrayList<>();
        JdbcClient.create(jdbc)
                .sql(tables.sql("SELECT " + COLUMNS + " FROM {agreement_timeline}"
                        + " WHERE agreement_id = ? AND recorded_to IS NULL AND valid_from < ? ORDER BY valid_from"))
                .params(agreementId, date(validFrom))
                .query(rs -> {
                    open.add(step(rs));
                });
        return open;
    }

    /** An agreement's whole history as stored, decoded for the as-of fold. */
    public List<Timeline.Event> history(HistoryRepository history, String agreementId) {
        return history.recordedBy(agreementId, null).stream()
                .map(TimelineRepository::event)
                .toList();
    }

    /** Closes the steps the record stopped saying and stores the new ones, a JDBC batch each. */
    public void write(Collection<Timeline> timelines) {
        List<Object[]> closes = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Timeline timeline : timelines) {
            for (Step step : timeline.closed()) {
                // Said and unsaid at one instant (two events of one command, in two batches): never said at all,
                // as if both had come in one batch; so a rebuild, batched otherwise, writes the same rows.
                if (step.recordedTo().equals(step.recordedFrom())) {
                    deletes.add(new Object[] {step.rowId()});
                } else {
                    closes.add(new Object[] {Timestamp.from(step.recordedTo()), step.rowId()});
                }
            }
            timeline.added().forEach(step -> inserts.add(row(step)));
        }
        if (!closes.isEmpty()) {
            jdbc.batchUpdate(tables.sql("UPDATE {agreement_timeline} SET recorded_to = ? WHERE row_id = ?"), closes);
        }
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate(tables.sql("DELETE FROM {agreement_timeline} WHERE row_id = ?"), deletes);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(tables.sql("""
                    INSERT INTO {agreement_timeline} (agreement_id, valid_from, valid_to, recorded_from, recorded_to,
                        version, status, title, kind, signed_on, signed_as_given, effective_from, term_ends_on,
                        last_day_in_force, next_meeting_due, meeting_overdue_from, party_codes, fields)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """), inserts);
        }
    }

    private static Object[] row(Step step) {
        ListColumns c = step.columns();
        return new Object[] {
            step.agreementId(),
            date(step.validFrom()),
            date(step.validTo()),
            Timestamp.from(step.recordedFrom()),
            step.recordedTo() == null ? null : Timestamp.from(step.recordedTo()),
            c.version(),
            c.status(),
            c.title(),
            c.kind(),
            date(c.signedOn().earliest()),
            c.signedOn().toString(),
            date(c.effectiveFrom()),
            date(c.termEndsOn()),
            date(c.lastDayInForce()),
            date(c.nextMeetingDue()),
            date(c.meetingOverdueFrom()),
            c.partyCodes().toArray(String[]::new),
            c.fields().toArray(String[]::new)
        };
    }

    private static LocalDate date(LocalDate date) {
        return StoredDates.parameter(date);
    }

    private static Step step(ResultSet rs) throws SQLException {
        Timestamp recordedTo = rs.getTimestamp("recorded_to");
        return new Step(
                rs.getLong("row_id"),
                rs.getString("agreement_id"),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                rs.getTimestamp("recorded_from").toInstant(),
                recordedTo == null ? null : recordedTo.toInstant(),
                new ListColumns(
                        rs.getLong("version"),
                        rs.getString("status"),
                        rs.getString("title"),
                        rs.getString("kind"),
                        StoredDates.signedOn(rs),
                        date(rs, "effective_from"),
                        date(rs, "term_ends_on"),
                        date(rs, "last_day_in_force"),
                        date(rs, "next_meeting_due"),
                        date(rs, "meeting_overdue_from"),
                        strings(rs.getArray("party_codes")),
                        strings(rs.getArray("fields"))));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Timeline.Event event(HistoryEntry entry) {
        return new Timeline.Event(
                entry.sequence(),
                entry.businessDate(),
                EventJson.read(entry.type(), entry.payload().getBytes(UTF_8)),
                entry.recordedAt());
    }
}
