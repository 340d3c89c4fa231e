package org.cooperation.queryservice.current;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agreement} table: one JSON document per agreement plus the columns lists filter on. */
@Repository
public class CurrentStateRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReadModelTables tables;

    public CurrentStateRepository(JdbcTemplate jdbc, StateJson stateJson, ReadModelTables tables) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = stateJson.mapper();
        this.tables = tables;
    }

    public Optional<AgreementState> find(String agreementId) {
        return jdbc.sql(tables.sql("SELECT state FROM {agreement} WHERE agreement_id = ?"))
                .param(agreementId)
                .query((rs, row) -> read(rs.getString(1)))
                .optional();
    }

    /**
     * Locks these agreements until the transaction ends, and reads the rows of those that have
     * one, so that two consumers (the live one and a rebuild's, or two instances) never fold the
     * same agreement at once. A row lock alone would not do: an agreement whose signature is not
     * applied yet has no row, and one transaction could then hold an event that the other, having
     * read the held events already, never applies. The locks are taken in one order, so that two
     * batches wait for each other and never deadlock.
     */
    public Map<String, AgreementState> findAllForUpdate(Collection<String> agreementIds) {
        jdbc.sql("""
                        SELECT count(pg_advisory_xact_lock(lock_key))
                        FROM (SELECT DISTINCT hashtextextended(id, 0) AS lock_key FROM unnest(CAST(? AS text[])) AS id
                              ORDER BY lock_key) AS ordered
                        """)
                .param(agreementIds.toArray(String[]::new))
                .query(Long.class)
                .single();
        Map<String, AgreementState> found = new HashMap<>();
        jdbc.sql(tables.sql("""
                        SELECT agreement_id, state::text FROM {agreement} WHERE agreement_id = ANY (?)
                        ORDER BY agreement_id FOR UPDATE
                        """))
                .param(agreementIds.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), read(rs.getString(2)));
                });
        return found;
    }

    /** The version the projection has reached for this agreement; empty while it knows nothing of it. */
    public OptionalLong version(String agreementId) {
        return jdbc.sql(tables.sql("SELECT version FROM {agreement} WHERE agreement_id = ?"))
                .param(agreementId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** How many events of this agreement wait in {@code held_event} for an earlier one. */
    public int heldEvents(String agreementId) {
        return jdbc.sql(tables.sql("SELECT count(*) FROM {held_event} WHERE agreement_id = ?"))
                .param(agreementId)
                .query(Integer.class)
                .single();
    }

    /** Writes the states in one JDBC batch, each agreement's row once. */
    public void saveAll(Collection<AgreementState> states) {
        batches.batchUpdate(tables.sql("""
                        INSERT INTO {agreement} (agreement_id, version, status, title, kind, signed_on, term_ends_on,
                                                 last_day_in_force, next_meeting_due, meeting_overdue_from,
                                                 party_codes, fields, state, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                        ON CONFLICT (agreement_id) DO UPDATE SET
                            version = EXCLUDED.version, status = EXCLUDED.status, title = EXCLUDED.title,
                            kind = EXCLUDED.kind, signed_on = EXCLUDED.signed_on,
                            term_ends_on = EXCLUDED.term_ends_on, last_day_in_force = EXCLUDED.last_day_in_force,
                            next_meeting_due = EXCLUDED.next_meeting_due,
                            meeting_overdue_from = EXCLUDED.meeting_overdue_from,
                            party_codes = EXCLUDED.party_codes, fields = EXCLUDED.fields, state = EXCLUDED.state,
                            updated_at = EXCLUDED.updated_at
                        """),
                states.stream().map(this::row).toList());
    }

    private Object[] row(AgreementState state) {
        return new Object[] {
                state.agreementId().value(), state.version(), state.status().name(), state.title(),
                state.kind().name(), date(state.signedOn()), date(state.term().termEndsOn()),
                date(state.lastDayInForce()), date(state.nextMeetingDue()), date(state.meetingOverdueFrom()),
                state.parties().stream().map(p -> p.code().value()).toArray(String[]::new),
                state.fieldsOfCooperation().stream().map(AgreementState.Field::name).toArray(String[]::new),
                write(state), Timestamp.from(state.lastRecordedAt())};
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private AgreementState read(String document) {
        try {
            return json.readValue(document, AgreementState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable agreement document", e);
        }
    }

    private String write(AgreementState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write agreement document", e);
        }
    }
}
