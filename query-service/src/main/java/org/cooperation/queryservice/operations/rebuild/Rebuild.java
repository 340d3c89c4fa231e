package org.cooperation.queryservice.operations.rebuild;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.projection.consuming.EventApplier;
import org.cooperation.queryservice.projection.consuming.EventRecord;
import org.cooperation.queryservice.projection.consuming.ReadModel;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.projection.state.StateJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the first record of the events topic into fresh tables, then
 * puts them in the live tables' place. Readers and the live consumer go on all the while:
 *
 * <ol>
 *   <li>fresh tables are made by the read models' own migrations, in a schema of their own;</li>
 *   <li>the topic is read from its start up to its end as it was then, into the fresh tables, by a
 *       {@link BulkLoad} under the live projection's order rules; should the topic hold what only
 *       the record-by-record way applies exactly, the fresh tables are made again and filled by
 *       the live projection's own batched {@link EventApplier};</li>
 *   <li>the fresh tables take the live ones' place in one short transaction;</li>
 *   <li>the topic is read on up to its end as it is now, into the (new) live tables: whatever the
 *       live consumer applied to the replaced tables meanwhile is applied again. The applier's
 *       keys and order checks make that safe whichever of the two gets to a record first.</li>
 * </ol>
 *
 * Records that cannot be applied are counted, not dead-lettered again: the live consumer did that
 * when it first met them. One rebuild at a time, across every instance sharing the database.
 */
@Service
public class Rebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.NEVER_RUN);
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final StateJson stateJson;
    private final TransactionTemplate transaction;
    private final ReadModelSchemas schemas;
    private final EventApplier liveApplier;
    private final ProjectionProgress progress;
    private final ConsumerFactory<?, ?> consumers;
    private final BulkLoad bulkLoad;
    private final int recordsPerTransaction;
    private final Clock clock;
    private volatile RebuildCounts counts;

    public Rebuild(
            DataSource dataSource,
            JdbcTemplate jdbc,
            StateJson stateJson,
            TransactionTemplate transaction,
            ReadModelSchemas schemas,
            EventApplier liveApplier,
            ProjectionProgress progress,
            ConsumerFactory<?, ?> consumers,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.stateJson = stateJson;
        this.transaction = transaction;
        this.schemas = schemas;
        this.liveApplier = liveApplier;
        this.progress = progress;
        this.consumers = consumers;
        this.bulkLoad = new BulkLoad(dataSource, new FoldedStates(dataSource));
        // Where records are applied record by record, a transaction takes as many as the live consumer's, which are
        // few enough to die young while millions of events go through.
        this.recordsPerTransaction = Integer.parseInt(String.valueOf(consumers
                .getConfigurationProperties()
                .getOrDefault(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, ConsumerConfig.DEFAULT_MAX_POLL_RECORDS)));
        this.clock = clock;
    }

    public RebuildStatus status() {
        RebuildStatus current = status.get();
        return current.state() == RebuildStatus.State.RUNNING
                ? RebuildStatus.running(current.startedAt(), counts)
                : current;
    }

    /** Starts a rebuild in the background and returns at once. */
    public synchronized RebuildStatus start() {
        if (status.get().state() == RebuildStatus.State.RUNNING) {
            throw alreadyRunning("A rebuild is running on this instance");
        }
        RebuildLock lock = lock();
        Instant startedAt = clock.instant();
        counts = new RebuildCounts();
        status.set(RebuildStatus.running(startedAt, counts));
        runner.submit(() -> run(startedAt, lock));
        return status();
    }

    private void run(Instant startedAt, RebuildLock lock) {
        String failure = null;
        try (lock) {
            failure = rebuildHoldingTheLock();
        } catch (SQLException e) {
            log.warn("could not release the rebuild lock; it goes with its connection", e);
        } catch (Error e) {
            // Out of memory, above all: without this the status said RUNNING for ever, and the executor
            // kept the error to itself.
            log.error("rebuild failed", e);
            failure = e + "; the live read models may be the old or the rebuilt ones: start it again once the cause is"
                    + " removed";
        }
        RebuildStatus finished = RebuildStatus.finished(startedAt, clock.instant(), counts, failure);
        status.set(finished);
        log.info(
                "rebuild {} in {} ms: {} records read, {} applied, {} duplicates, {} held, {} unusable",
                finished.state(),
                finished.durationMillis(),
                finished.recordsRead(),
                finished.applied(),
                finished.duplicates(),
                finished.held(),
                finished.unusable());
    }

    /** The rebuild's steps; the reason it failed, or null when it succeeded. */
    private String rebuildHoldingTheLock() {
        boolean swapped = false;
        try (TopicReader topic = new TopicReader(consumers.getConfigurationProperties(), Topics.AGREEMENT_EVENTS)) {
            List<TopicPartition> truncated = topic.truncatedPartitions();
            if (!truncated.isEmpty()) {
                throw new IllegalStateException("the topic no longer holds its first records on " + truncated
                        + " (retention deleted them), so a rebuild from it would lose events");
            }
            load(topic, topic.endOffsets());
            schemas.swap();
            swapped = true;
            progress.changedAll();
            topic.readUntil(topic.endOffsets(), batch -> applyAll(liveApplier, batch));
            return null;
        } catch (RuntimeException e) {
            log.error("rebuild failed", e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (swapped) {
                // The live consumer may have applied events to the replaced tables that the new ones lack.
                return reason + "; the rebuilt read models are live but may lack events applied while the"
                        + " rebuild ran: start it again";
            }
            discardFresh();
            return reason;
        }
    }

    /** Fills fresh tables with the records before {@code ends}: in bulk, or record by record where only that is exact. */
    private void load(TopicReader topic, Map<TopicPartition, Long> ends) {
        schemas.createFresh();
        ReadModel fresh = ReadModel.in(schemas.fresh(), jdbc, stateJson);
        try {
            bulkLoad.load(topic, ends, schemas.fresh(), fresh, counts);
        } catch (BulkLoad.NotExactException e) {
            log.warn(
                    "rebuild: the bulk load cannot apply this topic exactly ({}); applying it record by record",
                    e.getMessage());
            counts = new RebuildCounts();
            schemas.createFresh();
            topic.rewind();
            EventApplier freshApplier = new EventApplier(fresh, transaction, (agreementId, version) -> {});
            topic.readUntil(ends, batch -> applyAll(freshApplier, batch));
        }
    }

    private void applyAll(EventApplier applier, List<ConsumerRecord<String, byte[]>> batch) {
        for (int from = 0; from < batch.size(); from += recordsPerTransaction) {
            applyInOneTransaction(applier, batch.subList(from, Math.min(batch.size(), from + recordsPerTransaction)));
        }
    }

    private void applyInOneTransaction(EventApplier applier, List<ConsumerRecord<String, byte[]>> batch) {
        List<EventRecord> events = BulkLoad.readable(batch, counts);
        while (!events.isEmpty()) {
            try {
                applier.applyAll(events).forEach(counts::counted);
                return;
            } catch (EventApplier.RecordFailedException e) {
                // A value the tables refuse: the live consumer dead-lettered the record, as it does with any
                // such record, and its agreement's later events wait for it. Any other failure stops the rebuild.
                if (!(e.getCause() instanceof DataIntegrityViolationException)) {
                    throw e;
                }
                e.before().forEach(counts::counted);
                counts.countedUnusable();
                events = events.subList(e.index() + 1, events.size());
            }
        }
    }

    private RebuildLock lock() {
        RebuildLock lock;
        try {
            lock = RebuildLock.tryTake(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the rebuild lock", e);
        }
        if (lock == null) {
            throw alreadyRunning("A rebuild is running on another instance");
        }
        return lock;
    }

    private void discardFresh() {
        try {
            schemas.discardFresh();
        } catch (RuntimeException e) {
            log.warn("could not drop the failed rebuild's tables; the next rebuild drops them", e);
        }
    }

    private static RebuildRunningException alreadyRunning(String detail) {
        return new RebuildRunningException(detail);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
