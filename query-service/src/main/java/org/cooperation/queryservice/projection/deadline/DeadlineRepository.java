package org.cooperation.queryservice.projection.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code agreement_deadline} table of one set of read-model tables: each agreement's deadlines,
 * written with its state. A component, not a repository: a record cannot be proxied for Spring's
 * exception translation, which the projection does not use.
 */
@Component
public record DeadlineRepository(JdbcTemplate jdbc, ReadModelTables tables) {

    /**
     * Replaces the deadlines of those agreements whose deadlines differ from those of their state
     * before ({@code before}, by agreement id; none for an agreement new to the table), and leaves
     * the rows of the others as they are. The rows are always those of the state they were written
     * with, in its transaction, so only a change of state that moves a deadline needs them written:
     * most records (a field, a participant, a contact, a milestone) move none, and rewriting the
     * rows of each cost PostgreSQL a delete and two inserts into two indexes for nothing.
     */
    public void saveChanged(Collection<AgreementState> states, Map<String, AgreementState> before) {
        Map<String, List<Deadline>> moved = new LinkedHashMap<>();
        for (AgreementState state : states) {
            String agreementId = state.agreementId().value();
            List<Deadline> deadlines = Deadlines.of(state);
            AgreementState was = before.get(agreementId);
            if (was == null || !Deadlines.of(was).equals(deadlines)) {
                moved.put(agreementId, deadlines);
            }
        }
        replace(moved);
    }

    /** Replaces the deadlines of these agreements by those of their states, in two statements. */
    public void saveAll(Collection<AgreementState> states) {
        Map<String, List<Deadline>> deadlines = new LinkedHashMap<>();
        states.forEach(state -> deadlines.put(state.agreementId().value(), Deadlines.of(state)));
        replace(deadlines);
    }

    /** The rows of these agreements, by agreement id, replaced by these deadlines: one delete, one batch of inserts. */
    private void replace(Map<String, List<Deadline>> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        jdbc.update(tables.sql("DELETE FROM {agreement_deadline} WHERE agreement_id = ANY (?)"), (Object)
                deadlines.keySet().toArray(String[]::new));
        List<Object[]> rows = new ArrayList<>();
        deadlines.forEach((agreementId, ofAgreement) -> {
            for (Deadline deadline : ofAgreement) {
                rows.add(new Object[] {
                    agreementId,
                    deadline.kind().name(),
                    StoredDates.parameter(deadline.dueOn()),
                    deadline.party() == null ? null : deadline.party().value(),
                    deadline.expectedHost() == null
                            ? null
                            : deadline.expectedHost().value(),
                    deadline.detail()
                });
            }
        });
        jdbc.batchUpdate(tables.sql("""
                INSERT INTO {agreement_deadline} (agreement_id, kind, due_on, party, expected_host, detail)
                VALUES (?, ?, ?, ?, ?, ?)
                """), rows);
    }
}
