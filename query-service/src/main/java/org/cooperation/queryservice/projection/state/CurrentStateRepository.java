package org.cooperation.queryservice.projection.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The {@code agreement} table: one JSON document per agreement plus the columns lists filter on. */
@Repository
public class CurrentStateRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReadModelTables tables;
    private final RecentStates recent;

    @Autowired
    public CurrentStateRepository(
            JdbcTemplate jdbc,
            StateJson stateJson,
            ReadModelTables tables,
            @Value("${agreements.recent-states:2000}") int recentStates) {
        this(jdbc, stateJson, tables, new RecentStates(recentStates));
    }

    public CurrentStateRepository(JdbcTemplate jdbc, StateJson stateJson, ReadModelTables tables, RecentStates recent) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = stateJson.mapper();
        this.tables = tables;
        this.recent = recent;
    }

    /** An agreement's state, from memory where the row's version is that of the copy held. */
    public Optional<AgreementState> find(String agreementId) {
        return findWithHeldEvents(agreementId).map(Stored::state);
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
        Map<String, AgreementState> copies = recent.copiesOf(agreementIds);
        Map<String, AgreementState> found = new HashMap<>();
        // The document is sent, and decoded, only where the copy in memory is not of the row's version.
        jdbc.sql(tables.sql("""
                        SELECT a.agreement_id, CASE WHEN a.version = known.version THEN NULL ELSE a.state::text END
                        FROM {agreement} a
                        LEFT JOIN unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS known(agreement_id, version)
                               ON known.agreement_id = a.agreement_id
                        WHERE a.agreement_id = ANY (?)
                        ORDER BY a.agreement_id FOR UPDATE OF a
                        """))
                .params(
                        copies.keySet().toArray(String[]::new),
                        copies.values().stream().map(AgreementState::version).toArray(Long[]::new),
                        agreementIds.toArray(String[]::new))
                .query(rs -> {
                    String agreementId = rs.getString(1);
                    String document = rs.getString(2);
                    found.put(agreementId, document == null ? copies.get(agreementId) : read(document));
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

    /** An agreement's state, and how many of its events wait in {@code held_event} for an earlier one. */
    public record Stored(AgreementState state, int heldEvents) {}

    /** The state with its held events counted, in one statement: the query API's most frequent read. */
    public Optional<Stored> findWithHeldEvents(String agreementId) {
        AgreementState copy = recent.copyOf(agreementId);
        return jdbc.sql(tables.sql("""
                        SELECT CASE WHEN a.version = ? THEN NULL ELSE a.state::text END,
                               (SELECT count(*) FROM {held_event} h WHERE h.agreement_id = a.agreement_id)
                        FROM {agreement} a WHERE a.agreement_id = ?
                        """))
                .params(copy == null ? null : copy.version(), agreementId)
                .query((rs, row) ->
                        new Stored(rs.getString(1) == null ? copy : readAndKeep(rs.getString(1)), rs.getInt(2)))
                .optional();
    }

    /**
     * Writes the states in one JDBC batch, each agreement's row once; they are kept in memory once
     * the transaction commits (never before: a rolled-back state was never the row's).
     */
    public void saveAll(Collection<AgreementState> states) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recent.keep(states);
                }
            });
        }
        batches.batchUpdate(tables.sql("""
                        INSERT INTO {agreement} (agreement_id, version, status, title, kind, signed_on, signed_as_given,
                                                 effective_from, term_ends_on, last_day_in_force, next_meeting_due,
                                                 meeting_overdue_from, party_codes, fields, state, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                        ON CONFLICT (agreement_id) DO UPDATE SET
                            version = EXCLUDED.version, status = EXCLUDED.status, title = EXCLUDED.title,
                            kind = EXCLUDED.kind, signed_on = EXCLUDED.signed_on,
                            signed_as_given = EXCLUDED.signed_as_given,
                            effective_from = EXCLUDED.effective_from,
                            term_ends_on = EXCLUDED.term_ends_on, last_day_in_force = EXCLUDED.last_day_in_force,
                            next_meeting_due = EXCLUDED.next_meeting_due,
                            meeting_overdue_from = EXCLUDED.meeting_overdue_from,
                            party_codes = EXCLUDED.party_codes, fields = EXCLUDED.fields, state = EXCLUDED.state,
                            updated_at = EXCLUDED.updated_at
                        """), states.stream().map(this::row).toList());
    }

    private Object[] row(AgreementState state) {
        return new Object[] {
            state.agreementId().value(),
            state.version(),
            state.status().name(),
            state.title(),
            state.kind().name(),
            date(state.signedOn().earliest()),
            state.signedOn().toString(),
            // The day it is surely in force from, as AgreementState#on judges the status.
            date(state.term().effectiveFrom().latest()),
            date(state.term().termEndsOn()),
            date(state.lastDayInForce()),
            date(state.nextMeetingDue()),
            date(state.meetingOverdueFrom()),
            state.parties().stream().map(p -> p.code().value()).toArray(String[]::new),
            state.fieldsOfCooperation().stream().map(AgreementState.Field::name).toArray(String[]::new),
            write(state),
            Timestamp.from(state.lastRecordedAt())
        };
    }

    private static LocalDate date(LocalDate date) {
        return StoredDates.parameter(date);
    }

    /** A committed row's state, decoded, and kept for the next read of it. */
    private AgreementState readAndKeep(String document) {
        AgreementState state = read(document);
        recent.keep(List.of(state));
        return state;
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
