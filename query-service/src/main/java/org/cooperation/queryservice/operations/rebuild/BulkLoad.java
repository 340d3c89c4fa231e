package org.cooperation.queryservice.operations.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooperation.queryservice.projection.consuming.EventRecord;
import org.cooperation.queryservice.projection.consuming.ReadModel;
import org.cooperation.queryservice.projection.consuming.UnusableRecordException;
import org.cooperation.queryservice.projection.history.HistoryCopy;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills fresh read-model tables from the topic the fast way, for a rebuild: the history is
 * streamed in with {@code COPY} and its keys are made afterwards ({@link CopiedHistory}); then
 * each agreement's state is folded once from that history and written once ({@link FoldedStates}),
 * where the live projection reads and writes an agreement's whole state for every batch it
 * appears in. The order rules are the live projection's ({@link org.cooperation.queryservice.projection.consuming.Sequencing}).
 *
 * <p>The load is exact for a topic whose every event has an id of its own and fits the tables.
 * Anything else (an event id under two sequences, a value the tables refuse) makes it throw
 * {@link NotExactException}, having changed nothing but the fresh tables, and the caller goes the
 * record-by-record way of the live projection instead, which treats each such record as it did.
 */
final class BulkLoad {

    /** The topic holds what only the live projection's record-by-record way applies exactly. */
    static final class NotExactException extends RuntimeException {
        NotExactException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    private final DataSource dataSource;
    private final FoldedStates states;

    BulkLoad(DataSource dataSource, FoldedStates states) {
        this.dataSource = dataSource;
        this.states = states;
    }

    /** Loads every record before {@code ends} into the (empty) fresh tables of {@code model}. */
    void load(
            TopicReader topic,
            Map<TopicPartition, Long> ends,
            ReadModelTables fresh,
            ReadModel model,
            RebuildCounts counts) {
        long started = System.nanoTime();
        CopiedHistory history;
        // On failure the pool rolls the transaction back as the connection returns to it.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            history = copyHistory(connection, topic, ends, fresh, model, counts);
            connection.commit();
        } catch (SQLException e) {
            throw failed(e);
        } catch (CopiedHistory.CopyFailedException e) {
            throw failed(e.getCause());
        }
        long copied = System.nanoTime();
        long agreements;
        try {
            agreements = states.foldAll(fresh, model, history::applied);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted", e);
        }
        log.info(
                "rebuild: loaded {} events in {} ms, folded the states of {} agreements in {} ms",
                counts.applied(),
                (copied - started) / 1_000_000,
                agreements,
                (System.nanoTime() - copied) / 1_000_000);
    }

    /** The history, its links and the events still held, with the history's keys made again in the same transaction. */
    private static CopiedHistory copyHistory(
            Connection connection,
            TopicReader topic,
            Map<TopicPartition, Long> ends,
            ReadModelTables fresh,
            ReadModel model,
            RebuildCounts counts)
            throws SQLException {
        HistoryKeys keys = HistoryKeys.of(connection, fresh);
        keys.drop(connection);
        try (HistoryCopy copy = new HistoryCopy(connection, fresh)) {
            CopiedHistory history = new CopiedHistory(copy);
            topic.readUntil(ends, batch -> {
                for (EventRecord event : readable(batch, counts)) {
                    counts.counted(history.offer(event));
                }
                model.links().recordAll(history.takeLinks());
            });
            copy.finish();
            history.stillHeld(model.held()::holdAll);
            keys.make(connection);
            return history;
        }
    }

    /** The records that can be read; the others are counted, as the live consumer dead-lettered them already. */
    static List<EventRecord> readable(List<ConsumerRecord<String, byte[]>> batch, RebuildCounts counts) {
        List<EventRecord> events = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                events.add(EventRecord.read(record));
            } catch (UnusableRecordException e) {
                counts.countedUnusable();
            }
        }
        return events;
    }

    /** Data the tables refuse (class 22) or a broken key (class 23) calls for the exact way; anything else is a failure. */
    private static RuntimeException failed(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return new NotExactException(e);
        }
        return new IllegalStateException("the bulk load failed: " + e.getMessage(), e);
    }
}
