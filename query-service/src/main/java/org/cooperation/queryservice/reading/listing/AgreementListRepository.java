package org.cooperation.queryservice.reading.listing;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.readmodel.PlannedReads;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.cooperation.queryservice.reading.current.AsOf;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of agreements from the columns of the {@code agreement} table, never from its documents. */
@Repository
public class AgreementListRepository {

    private final JdbcClient jdbc;
    private final ReadModelTables tables;
    private final PlannedReads plannedReads;

    public AgreementListRepository(JdbcClient jdbc, ReadModelTables tables, PlannedReads plannedReads) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.plannedReads = plannedReads;
    }

    /**
     * Runs {@code read} with plans made for its parameters. The driver prepares a statement on the server after
     * a few executions, and PostgreSQL then may plan it once for any parameters: without the party asked for,
     * that generic plan guesses a party matches few rows and reads every match through the party index, then
     * sorts them (248 ms for a page of 100 among 100,000 matches, against 2.4 ms by the sort's index with the
     * values known; docs/performance.md). Planning each list statement costs well under a millisecond.
     */
    private <T> T withCustomPlans(Supplier<T> read) {
        return plannedReads.read(PlannedReads.Plan.FOR_THESE_PARAMETERS, read);
    }

    /**
     * The status on {@code :today}: the stored status is what the events say, and an agreement whose
     * effective date is still to come is not yet in force (as {@code AgreementState.on} says).
     */
    static final String STATUS_TODAY =
            "(CASE WHEN status = 'IN_FORCE' AND effective_from > :today THEN 'SIGNED' ELSE status END)";

    private static final String SELECT = """
            SELECT agreement_id, title, kind, """ + STATUS_TODAY + """
             AS status_today, party_codes, signed_on, signed_as_given, term_ends_on, last_day_in_force,
                   next_meeting_due, meeting_overdue_from, version
            FROM\s""";

    /** The same columns and the value the page is sorted by, as text, for the next page's cursor. */
    private static final String SELECT_WITH_KEY =
            SELECT.replace(", version\n", ", version, CAST(%s AS text) AS sort_key\n");

    /**
     * Where the rows come from: the current state's table, or for a point in time the timeline, whose
     * rows have the same columns ({@code projection.timeline}): never a fold of histories per request.
     */
    private static String source(AgreementFilter filter) {
        return filter.pointInTime() == null ? "{agreement}" : "{agreement_timeline}";
    }

    /**
     * How many agreements the filter selects, counting no further than {@code upTo}: a count costs as
     * much as reading every match, so a list of 100,000 matches is counted as "more than" the limit
     * (the caller asks for one beyond it) at the cost of the limit's rows.
     */
    public long count(AgreementFilter filter, long upTo) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("upTo", upTo);
        return withCustomPlans(() -> jdbc.sql(tables.sql("SELECT count(*) FROM (SELECT 1 FROM " + source(filter)
                        + where.clause() + " LIMIT :upTo) AS matches"))
                .params(params)
                .query(Long.class)
                .single());
    }

    /** A page and, when more rows follow it, the cursor of its last row. */
    public record Page(List<AgreementSummary> items, ListCursor next) {}

    /**
     * The {@code size} rows after {@code after} (null: from the first), skipping {@code offset} more. One row beyond
     * the page is read to tell whether another follows, so the last page has no cursor.
     */
    public Page page(AgreementFilter filter, Sorting sorting, ListCursor after, long offset, int size) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        String clause = where.clause();
        if (after != null) {
            clause += (clause.isEmpty() ? " WHERE " : " AND ") + sorting.after();
            params.put("afterKey", after.key());
            params.put("afterId", after.agreementId());
        }
        params.put("limit", size + 1);
        params.put("offset", offset);
        List<AgreementSummary> items = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String sql = tables.sql(SELECT_WITH_KEY.formatted(sorting.sortValue()) + source(filter) + clause + " ORDER BY "
                + sorting.orderBy() + " LIMIT :limit OFFSET :offset");
        withCustomPlans(() -> {
            jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
                items.add(summary(rs, filter.today()));
                keys.add(rs.getString("sort_key"));
            });
            return null;
        });
        if (items.size() <= size) {
            return new Page(items, null);
        }
        AgreementSummary last = items.get(size - 1);
        return new Page(
                items.subList(0, size), new ListCursor(sorting.toString(), keys.get(size - 1), last.agreementId()));
    }

    /** Every agreement the filter selects, in order, handed to {@code sink} one at a time. */
    public void forEach(AgreementFilter filter, Sorting sorting, Consumer<AgreementSummary> sink) {
        Where where = where(filter);
        withCustomPlans(() -> {
            jdbc.sql(tables.sql(SELECT + source(filter) + where.clause() + " ORDER BY " + sorting.orderBy()))
                    .params(where.params())
                    .query((RowCallbackHandler) rs -> sink.accept(summary(rs, filter.today())));
            return null;
        });
    }

    private record Where(String clause, Map<String, Object> params) {}

    private static Where where(AgreementFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(filter.today()));
        AsOf point = filter.pointInTime();
        if (point != null) {
            // The row that holds for the business date (the latest state without one), as recorded at the instant (now
            // without one).
            if (point.businessDate() == null) {
                conditions.add("valid_to IS NULL");
            } else {
                // valid_to as +infinity when open: the expression agreement_timeline_valid_*_idx is on (V14).
                conditions.add("COALESCE(valid_to, DATE 'infinity') > :asOf AND valid_from <= :asOf");
                params.put("asOf", Date.valueOf(point.businessDate()));
            }
            if (point.recordedAt() == null) {
                conditions.add("recorded_to IS NULL");
            } else {
                conditions.add(
                        "recorded_from <= :recordedAsOf AND (recorded_to IS NULL OR recorded_to > :recordedAsOf)");
                params.put("recordedAsOf", Timestamp.from(point.recordedAt()));
            }
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add(statusToday(filter.statuses()));
            params.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!filter.parties().isEmpty()) {
            conditions.add("party_codes @> CAST(:parties AS text[])");
            params.put(
                    "parties", filter.parties().stream().map(PartyCode::value).toArray(String[]::new));
        }
        if (!filter.fields().isEmpty()) {
            conditions.add("fields @> CAST(:fields AS text[])");
            params.put("fields", filter.fields().toArray(String[]::new));
        }
        if (filter.endsBefore() != null) {
            conditions.add("last_day_in_force < :endsBefore");
            params.put("endsBefore", Date.valueOf(filter.endsBefore()));
        }
        if (filter.meetingOverdue() != null) {
            conditions.add(
                    filter.meetingOverdue()
                            ? "meeting_overdue_from <= :today"
                            : "(meeting_overdue_from IS NULL OR meeting_overdue_from > :today)");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /**
     * {@link #STATUS_TODAY} among {@code statuses}, written on the columns themselves: PostgreSQL has
     * no statistics on the CASE expression and took it to match a few rows in a hundred, so a page
     * deep in a list that all matched was planned as a sort of every match instead of a walk of the
     * sort's index (208 ms against 2.6 ms for OFFSET 900 at 100,000 agreements; docs/performance.md).
     */
    private static String statusToday(Collection<AgreementStatus> statuses) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        // A stored status counts as itself, except IN_FORCE before its effective day, which is SIGNED.
        any.add("(status = ANY(:statuses) AND (status <> 'IN_FORCE' OR effective_from IS NULL"
                + " OR effective_from <= :today))");
        if (statuses.contains(AgreementStatus.SIGNED)) {
            any.add("(status = 'IN_FORCE' AND effective_from > :today)");
        }
        return any.toString();
    }

    private static AgreementSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate overdueFrom = date(rs, "meeting_overdue_from");
        return new AgreementSummary(
                rs.getString("agreement_id"),
                rs.getString("title"),
                AgreementKind.valueOf(rs.getString("kind")),
                AgreementStatus.valueOf(rs.getString("status_today")),
                strings(rs.getArray("party_codes")),
                StoredDates.signedOn(rs),
                // Only an open-ended instrument has no end of term: every term ends on a day.
                date(rs, "term_ends_on") == null,
                date(rs, "term_ends_on"),
                date(rs, "last_day_in_force"),
                date(rs, "next_meeting_due"),
                overdueFrom != null && !overdueFrom.isAfter(today),
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
