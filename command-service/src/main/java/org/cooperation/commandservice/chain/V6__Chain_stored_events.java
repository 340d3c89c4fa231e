package org.cooperation.commandservice.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6: chains the events stored before the chain began, each agreement's from its
 * first event on, in one pass over the table in (agreement, sequence) order, in the migration's
 * transaction. From here on every stored event has its hash: the guarantee starts with this
 * migration (docs/verification.md, "Existing records").
 */
@Component
public class V6__Chain_stored_events extends BaseJavaMigration {

    private static final int ROWS_PER_FETCH = 1000;
    private static final int UPDATES_PER_BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        chainAll(context.getConnection());
    }

    /** Chains every stored event; returns how many it chained. */
    static long chainAll(Connection connection) throws SQLException {
        long chained = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + StoredEvent.COLUMNS
                        + " FROM domainevententry ORDER BY aggregateidentifier, sequencenumber");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE domainevententry SET metadata = ? WHERE globalindex = ?")) {
            select.setFetchSize(ROWS_PER_FETCH);
            String agreementId = null;
            String previousHash = null;
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = StoredEvent.read(rows);
                    if (!Objects.equals(event.agreementId(), agreementId)) {
                        agreementId = event.agreementId();
                        previousHash = null;
                    }
                    String hash = event.chained(previousHash).hash();
                    update.setBytes(1, event.metadataChained(hash, previousHash));
                    update.setLong(2, event.globalIndex());
                    update.addBatch();
                    previousHash = hash;
                    chained++;
                    if (++pending == UPDATES_PER_BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        return chained;
    }
}
