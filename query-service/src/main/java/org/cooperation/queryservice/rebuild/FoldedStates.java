package org.cooperation.queryservice.rebuild;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.queryservice.consuming.ReadModel;
import org.cooperation.queryservice.current.AgreementState;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of a bulk load: every agreement's state, folded from its history in the fresh
 * table, one agreement at a time in sequence order, and written once. Only one agreement's state
 * and a batch of finished ones are in memory at a time. The history holds exactly the applied
 * events, each agreement's without a gap from its signature, so the fold is the live projection's.
 */
final class FoldedStates {

    /** Rows fetched from the cursor at a time, and states written per batch: small, so that they die young. */
    private static final int FETCH_SIZE = 1_000;
    private static final int STATES_PER_BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    FoldedStates(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Folds and writes every agreement's state; how many agreements there were.
     *
     * @param applied each agreement's last applied event, whose instant the state keeps as recorded
     */
    long foldAll(ReadModelTables tables, ReadModel model, Function<String, CopiedHistory.Applied> applied) {
        // In a transaction, so that the driver reads through a cursor rather than the whole table at once.
        return transaction.execute(status -> jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(tables.sql("""
                    SELECT agreement_id, sequence, type, recorded_at, payload::text
                    FROM {agreement_event} ORDER BY agreement_id, sequence
                    """));
            query.setFetchSize(FETCH_SIZE);
            return query;
        }, (ResultSet rows) -> fold(rows, model, applied)));
    }

    private static long fold(ResultSet rows, ReadModel model, Function<String, CopiedHistory.Applied> applied)
            throws SQLException {
        List<AgreementState> finished = new ArrayList<>(STATES_PER_BATCH);
        String agreementId = null;
        CopiedHistory.Applied last = null;
        AgreementState state = null;
        long agreements = 0;
        while (rows.next()) {
            if (!rows.getString(1).equals(agreementId)) {
                finish(state, finished, model, STATES_PER_BATCH);
                agreementId = rows.getString(1);
                last = applied.apply(agreementId);
                state = null;
                agreements++;
            }
            long sequence = rows.getLong(2);
            Instant recordedAt = sequence == last.sequence()
                    ? last.recordedAt() : rows.getObject(4, OffsetDateTime.class).toInstant();
            // The payload's bytes as the server sends them, UTF-8, which the JSON reader takes without a String between.
            state = AgreementState.fold(state, EventJson.read(rows.getString(3), rows.getBytes(5)), sequence, recordedAt);
        }
        finish(state, finished, model, 1);
        return agreements;
    }

    /** Adds a folded state to the finished ones, and writes them once there are {@code atLeast}. */
    private static void finish(AgreementState state, List<AgreementState> finished, ReadModel model, int atLeast) {
        if (state != null) {
            finished.add(state);
        }
        if (finished.size() >= atLeast) {
            model.current().saveAll(finished);
            finished.clear();
        }
    }
}
