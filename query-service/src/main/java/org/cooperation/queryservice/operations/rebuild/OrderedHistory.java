package org.cooperation.queryservice.operations.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;

/**
 * A history table's events in the order the states are folded in, agreement by agreement and each
 * in sequence order, read and parsed on a thread of its own a few batches ahead of the fold: the
 * database sorts and sends the next rows, and this thread parses them, while the caller folds and
 * writes states. Only those few batches are in memory at a time.
 */
final class OrderedHistory implements AutoCloseable {

    /** An event as the fold takes it. */
    record Row(String agreementId, long sequence, Instant recordedAt, AgreementEvent event) {}

    private static final int ROWS_PER_BATCH = 1_000;
    private static final int BATCHES_AHEAD = 4;
    private static final List<Row> END = List.of();

    private final BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile RuntimeException failure;

    OrderedHistory(DataSource dataSource, ReadModelTables tables) {
        reader = new Thread(() -> read(dataSource, tables), "read-model-rebuild-history");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next batch of rows; empty after the last. */
    List<Row> next() throws InterruptedException {
        List<Row> batch = batches.take();
        if (batch == END && failure != null) {
            throw new IllegalStateException("reading the history failed: " + failure.getMessage(), failure);
        }
        return batch;
    }

    private void read(DataSource dataSource, ReadModelTables tables) {
        try (Connection connection = dataSource.getConnection()) {
            // In a transaction, so that the driver reads through a cursor rather than the whole table at once.
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(tables.sql("""
                    SELECT agreement_id, sequence, type, recorded_at, payload::text
                    FROM {agreement_event} ORDER BY agreement_id, sequence
                    """))) {
                query.setFetchSize(ROWS_PER_BATCH);
                try (ResultSet rows = query.executeQuery()) {
                    List<Row> batch = new ArrayList<>(ROWS_PER_BATCH);
                    while (rows.next()) {
                        // The payload's bytes as the server sends them, UTF-8, which the JSON reader takes as they are.
                        batch.add(new Row(
                                rows.getString(1),
                                rows.getLong(2),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                EventJson.read(rows.getString(3), rows.getBytes(5))));
                        if (batch.size() == ROWS_PER_BATCH) {
                            batches.put(batch);
                            batch = new ArrayList<>(ROWS_PER_BATCH);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.put(batch);
                    }
                }
            }
            connection.commit();
        } catch (InterruptedException e) {
            // The fold has stopped, and nobody is waiting for the rest.
            return;
        } catch (Exception e) {
            failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
        }
        try {
            batches.put(END);
        } catch (InterruptedException e) {
            // The fold has stopped; nobody waits for the end.
        }
    }

    /** Stops reading, should the fold stop before the end. */
    @Override
    public void close() {
        reader.interrupt();
    }
}
