package org.cooperation.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/**
 * The baseline of each portfolio page: the statements query-service runs for it (count up to its limit, and the
 * page by offset or after a keyset cursor), written out in SQL and run over one JDBC connection
 * on the same tables, so that a ratio says what the service adds to what the database must do.
 */
final class PortfolioSql {

    /** The sort of every figure, termEndsOn descending, as query-service orders by it (Sorting). */
    private static final String KEY = "COALESCE(term_ends_on, DATE '-infinity')";

    private final Connection sql;
    private final String from;

    /** Where the last page read ended: the sort value and the agreement id of its last row. */
    private String lastKey;

    private String lastId;

    PortfolioSql(Connection sql, String asOf, Instant recordedAsOf, boolean overdue) {
        this.sql = sql;
        String day = asOf == null ? "current_date" : "DATE '" + asOf + "'";
        // IN_FORCE on the day, written on the columns as the service writes it (AgreementListRepository),
        // not as a CASE expression, which PostgreSQL has no statistics for and plans badly.
        String where = " WHERE party_codes @> ARRAY['JP-METI'] AND status = 'IN_FORCE'"
                + " AND (effective_from IS NULL OR effective_from <= " + day + ")"
                + (overdue ? " AND meeting_overdue_from <= " + day : "");
        if (asOf == null) {
            from = " FROM query.agreement" + where;
        } else {
            String instant = recordedAsOf == null ? null : "TIMESTAMPTZ '" + recordedAsOf + "'";
            from = " FROM query.agreement_timeline" + where + " AND COALESCE(valid_to, DATE 'infinity') > " + day
                    + " AND valid_from <= " + day
                    + (instant == null
                            ? " AND recorded_to IS NULL"
                            : " AND recorded_from <= " + instant + " AND (recorded_to IS NULL OR recorded_to > "
                                    + instant + ")");
        }
    }

    /** A page by number: the count, as far as the service counts ({@code upTo}), and the page's rows. */
    void numberedPage(long page, int size, long upTo) throws Exception {
        count(upTo);
        rows("", " OFFSET " + page * size, size);
    }

    /** The page after the last one read, by keyset. */
    void nextPage(int size) throws Exception {
        rows(" AND (" + KEY + ", agreement_id) < (DATE '" + lastKey + "', '" + lastId + "')", "", size);
    }

    private void count(long upTo) throws Exception {
        try (Statement statement = sql.createStatement();
                ResultSet count =
                        statement.executeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT " + upTo + ") m")) {
            count.next();
        }
    }

    private void rows(String after, String offset, int size) throws Exception {
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT agreement_id, title, kind, status, party_codes, "
                        + "signed_on, term_ends_on, last_day_in_force, next_meeting_due, meeting_overdue_from, "
                        + "version, CAST(" + KEY + " AS text)" + from + after + " ORDER BY " + KEY
                        + " DESC, agreement_id DESC LIMIT " + (size + 1) + offset)) {
            for (int row = 0; row < size && rows.next(); row++) {
                lastId = rows.getString(1);
                lastKey = rows.getString(12);
            }
        }
    }
}
