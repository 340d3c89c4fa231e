package org.cooperation.queryservice.current;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agreement} table: one JSON document per agreement plus the columns lists filter on. */
@Repository
public class CurrentStateRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CurrentStateRepository(JdbcClient jdbc, StateJson stateJson) {
        this.jdbc = jdbc;
        this.json = stateJson.mapper();
    }

    public Optional<AgreementState> find(String agreementId) {
        return jdbc.sql("SELECT state FROM agreement WHERE agreement_id = ?")
                .param(agreementId)
                .query((rs, row) -> read(rs.getString(1)))
                .optional();
    }

    /** Reads and locks the row, so that two consumers never fold the same agreement at once. */
    public Optional<AgreementState> findForUpdate(String agreementId) {
        return jdbc.sql("SELECT state FROM agreement WHERE agreement_id = ? FOR UPDATE")
                .param(agreementId)
                .query((rs, row) -> read(rs.getString(1)))
                .optional();
    }

    public void save(AgreementState state) {
        jdbc.sql("""
                        INSERT INTO agreement (agreement_id, version, status, title, term_ends_on, next_meeting_due,
                                               party_codes, fields, state, updated_at)
                        VALUES (:id, :version, :status, :title, :termEndsOn, :nextMeetingDue,
                                :parties, :fields, CAST(:state AS jsonb), :updatedAt)
                        ON CONFLICT (agreement_id) DO UPDATE SET
                            version = EXCLUDED.version, status = EXCLUDED.status, title = EXCLUDED.title,
                            term_ends_on = EXCLUDED.term_ends_on, next_meeting_due = EXCLUDED.next_meeting_due,
                            party_codes = EXCLUDED.party_codes, fields = EXCLUDED.fields, state = EXCLUDED.state,
                            updated_at = EXCLUDED.updated_at
                        """)
                .param("id", state.agreementId().value())
                .param("version", state.version())
                .param("status", state.status().name())
                .param("title", state.title())
                .param("termEndsOn", Date.valueOf(state.term().termEndsOn()))
                .param("nextMeetingDue", state.nextMeetingDue() == null ? null : Date.valueOf(state.nextMeetingDue()))
                .param("parties", state.parties().stream().map(p -> p.code().value()).toArray(String[]::new))
                .param("fields", state.fieldsOfCooperation().stream().map(AgreementState.Field::name)
                        .toArray(String[]::new))
                .param("state", write(state))
                .param("updatedAt", Timestamp.from(state.lastRecordedAt()))
                .update();
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
