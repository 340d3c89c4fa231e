package org.cooperation.queryservice.current;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agreement} table: one JSON document per agreement plus the columns lists filter on. */
@Repository
public class CurrentStateRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReadModelTables tables;

    public CurrentStateRepository(JdbcClient jdbc, StateJson stateJson, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.json = stateJson.mapper();
        this.tables = tables;
    }

    public Optional<AgreementState> find(String agreementId) {
        return jdbc.sql(tables.sql("SELECT state FROM {agreement} WHERE agreement_id = ?"))
                .param(agreementId)
                .query((rs, row) -> read(rs.getString(1)))
                .optional();
    }

    /** Reads and locks the row, so that two consumers never fold the same agreement at once. */
    public Optional<AgreementState> findForUpdate(String agreementId) {
        return jdbc.sql(tables.sql("SELECT state FROM {agreement} WHERE agreement_id = ? FOR UPDATE"))
                .param(agreementId)
                .query((rs, row) -> read(rs.getString(1)))
                .optional();
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

    public void save(AgreementState state) {
        jdbc.sql(tables.sql("""
                        INSERT INTO {agreement} (agreement_id, version, status, title, kind, signed_on, term_ends_on,
                                                 last_day_in_force, next_meeting_due, meeting_overdue_from,
                                                 party_codes, fields, state, updated_at)
                        VALUES (:id, :version, :status, :title, :kind, :signedOn, :termEndsOn,
                                :lastDayInForce, :nextMeetingDue, :meetingOverdueFrom,
                                :parties, :fields, CAST(:state AS jsonb), :updatedAt)
                        ON CONFLICT (agreement_id) DO UPDATE SET
                            version = EXCLUDED.version, status = EXCLUDED.status, title = EXCLUDED.title,
                            kind = EXCLUDED.kind, signed_on = EXCLUDED.signed_on,
                            term_ends_on = EXCLUDED.term_ends_on, last_day_in_force = EXCLUDED.last_day_in_force,
                            next_meeting_due = EXCLUDED.next_meeting_due,
                            meeting_overdue_from = EXCLUDED.meeting_overdue_from,
                            party_codes = EXCLUDED.party_codes, fields = EXCLUDED.fields, state = EXCLUDED.state,
                            updated_at = EXCLUDED.updated_at
                        """))
                .param("id", state.agreementId().value())
                .param("version", state.version())
                .param("status", state.status().name())
                .param("title", state.title())
                .param("kind", state.kind().name())
                .param("signedOn", date(state.signedOn()))
                .param("termEndsOn", date(state.term().termEndsOn()))
                .param("lastDayInForce", date(state.lastDayInForce()))
                .param("nextMeetingDue", date(state.nextMeetingDue()))
                .param("meetingOverdueFrom", date(state.meetingOverdueFrom()))
                .param("parties", state.parties().stream().map(p -> p.code().value()).toArray(String[]::new))
                .param("fields", state.fieldsOfCooperation().stream().map(AgreementState.Field::name)
                        .toArray(String[]::new))
                .param("state", write(state))
                .param("updatedAt", Timestamp.from(state.lastRecordedAt()))
                .update();
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
