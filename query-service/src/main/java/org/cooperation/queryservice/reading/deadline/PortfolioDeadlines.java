package org.cooperation.queryservice.reading.deadline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.deadline.Deadline;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio's deadlines from the {@code agreement_deadline} table: those in a window of days,
 * of agreements between the given parties, in date order (then by agreement, then in the order of
 * {@link DeadlineKind}).
 */
@Repository
public class PortfolioDeadlines {

    private static final String[] KIND_ORDER =
            Arrays.stream(DeadlineKind.values()).map(Enum::name).toArray(String[]::new);

    private static final String FROM_WHERE = """
            FROM {agreement_deadline} d JOIN {agreement} a ON a.agreement_id = d.agreement_id
            WHERE d.due_on BETWEEN :from AND :to
              AND (cardinality(CAST(:parties AS text[])) = 0 OR a.party_codes @> CAST(:parties AS text[]))
              AND (cardinality(CAST(:kinds AS text[])) = 0 OR d.kind = ANY (CAST(:kinds AS text[])))
            """;

    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public PortfolioDeadlines(JdbcClient jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /**
     * Which deadlines: those in the window, of agreements to which every one of {@code parties} is
     * a party, of any of {@code kinds} (empty: any).
     */
    public record Selection(DeadlineWindow window, List<PartyCode> parties, List<DeadlineKind> kinds) {}

    /**
     * One deadline with what a calendar needs to keep it up to date.
     *
     * @param version   the agreement's version: grows with every change, so a calendar's SEQUENCE
     * @param updatedAt when the agreement last changed
     */
    public record Row(String agreementId, String agreementTitle, Deadline deadline, long version, Instant updatedAt) {

        public DeadlineView view(LocalDate today) {
            return DeadlineView.of(agreementId, agreementTitle, deadline, today);
        }
    }

    public long count(Selection selection) {
        return jdbc.sql(tables.sql("SELECT count(*) " + FROM_WHERE))
                .params(parameters(selection))
                .query(Long.class)
                .single();
    }

    /** Up to {@code limit} deadlines after the first {@code offset}. */
    public List<Row> find(Selection selection, long offset, int limit) {
        var parameters = parameters(selection);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        parameters.put("kindOrder", KIND_ORDER);
        return jdbc.sql(tables.sql("""
                        SELECT d.agreement_id, a.title, d.kind, d.due_on, d.party, d.expected_host, d.detail, a.version,
                               a.updated_at
                        """ + FROM_WHERE + """
                         ORDER BY d.due_on, d.agreement_id, array_position(CAST(:kindOrder AS text[]), d.kind)
                        LIMIT :limit OFFSET :offset
                        """))
                .params(parameters)
                .query((rs, row) -> row(rs))
                .list();
    }

    private static Map<String, Object> parameters(Selection selection) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "from", Date.valueOf(StoredDates.parameter(selection.window().from())));
        parameters.put(
                "to", Date.valueOf(StoredDates.parameter(selection.window().to())));
        parameters.put(
                "parties", selection.parties().stream().map(PartyCode::value).toArray(String[]::new));
        parameters.put("kinds", selection.kinds().stream().map(Enum::name).toArray(String[]::new));
        return parameters;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String party = rs.getString("party");
        String host = rs.getString("expected_host");
        Deadline deadline = new Deadline(
                DeadlineKind.valueOf(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class),
                party == null ? null : PartyCode.of(party),
                host == null ? null : CountryCode.of(host),
                rs.getString("detail"));
        return new Row(
                rs.getString("agreement_id"),
                rs.getString("title"),
                deadline,
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
