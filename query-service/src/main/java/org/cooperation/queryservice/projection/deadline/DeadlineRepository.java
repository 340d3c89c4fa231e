package org.cooperation.queryservice.projection.deadline;

import java.util.ArrayList;
import java.util.Collection;
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
        saveAll(states.stream()
                .filter(state -> {
                    AgreementState was = before.get(state.agreementId().value());
                    return was == null || !Deadlines.of(was).equals(Deadlines.of(state));
                })
                .toList());
    }

    /** Replaces the deadlines of these agreements by those of their states, in two statements. */
    public void saveAll(Collection<AgreementState> states) {
        if (states.isEmpty()) {
            return;
        }
        jdbc.update(tables.sql("DELETE FROM {agreement_deadline} WHERE agreement_id = ANY (?)"), (Object)
                states.stream().map(state -> state.agreementId().value()).toArray(String[]::new));
        List<Object[]> rows = new ArrayList<>();
        for (AgreementState state : states) {
            for (Deadline deadline : Deadlines.of(state)) {
                rows.add(new Object[] {
                    state.agreementId().value(),
                    deadline.kind().name(),
                    StoredDates.parameter(deadline.dueOn()),
                    deadline.party() == null ? null : deadline.party().value(),
                    deadline.expectedHost() == null
                            ? null
                            : deadline.expectedHost().value(),
                    deadline.detail()
                });
            }
        }
        jdbc.batchUpdate(tables.sql("""
                INSERT INTO {agreement_deadline} (agreement_id, kind, due_on, party, expected_host, detail)
                VALUES (?, ?, ?, ?, ?, ?)
                """), rows);
    }
}
