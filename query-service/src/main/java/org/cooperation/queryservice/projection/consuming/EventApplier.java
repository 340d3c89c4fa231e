package org.cooperation.queryservice.projection.consuming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of events to every read model in ONE database transaction, together with the
 * record of what was applied. A redelivered event finds that record and changes nothing. An event
 * that does not follow its agreement's last applied sequence is held, never applied out of order;
 * it is applied in the same transaction as the event it waited for.
 *
 * <p>When a batch fails, its records are applied again one by one, each in a transaction of its
 * own, so that one record that can never be applied does not hold back the others: the caller
 * learns which record failed and that those before it are applied.
 */
public class EventApplier {

    public enum Outcome {
        APPLIED,
        DUPLICATE,
        HELD
    }

    /** One record failed on its own; the records before it in the batch are applied. */
    public static class RecordFailedException extends RuntimeException {

        private final List<Outcome> before;

        RecordFailedException(List<Outcome> before, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.before = List.copyOf(before);
        }

        /** The failed record's place in the list given to {@link #applyAll}. */
        public int index() {
            return before.size();
        }

        /** The outcomes of the records before it, in order. */
        public List<Outcome> before() {
            return before;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final ReadModel model;
    private final TransactionTemplate transaction;
    private final ObjLongConsumer<String> committed;

    /**
     * @param committed told the agreement id and the version it reached once a change to it has
     *                  committed, so that readers waiting for it need not poll
     */
    public EventApplier(ReadModel model, TransactionTemplate transaction, ObjLongConsumer<String> committed) {
        this.model = model;
        this.transaction = transaction;
        this.committed = committed;
    }

    /**
     * Applies the records, in the order given, in one transaction; the outcome of each, in the
     * same order.
     *
     * @throws RecordFailedException when the batch failed and then one record failed on its own
     */
    public List<Outcome> applyAll(List<EventRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        try {
            return transaction.execute(status -> applyInTransaction(records));
        } catch (RuntimeException batchFailure) {
            log.debug("a batch of {} records failed; applying them one by one", records.size(), batchFailure);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                try {
                    outcomes.add(applyAlone(records.get(i)));
                } catch (RuntimeException e) {
                    throw new RecordFailedException(outcomes, e);
                }
            }
            return outcomes;
        }
    }

    private Outcome applyAlone(EventRecord record) {
        try {
            return transaction
                    .execute(status -> applyInTransaction(List.of(record)))
                    .get(0);
        } catch (BatchChanges.RecordedMeanwhileException e) {
            // The other transaction has committed by now, so a second look finds what it recorded.
            return transaction
                    .execute(status -> applyInTransaction(List.of(record)))
                    .get(0);
        }
    }

    private List<Outcome> applyInTransaction(List<EventRecord> records) {
        Set<String> agreementIds = new LinkedHashSet<>();
        Set<String> eventIds = new LinkedHashSet<>();
        records.forEach(record -> {
            agreementIds.add(record.agreementId());
            eventIds.add(record.received().eventId());
        });
        // The agreement rows are locked first, as by every writer, so that a rebuild's swap waits and never deadlocks.
        var states = model.current().findAllForUpdate(agreementIds);
        List<EventRecord> held = model.held().findAllForUpdate(agreementIds);
        held.forEach(record -> eventIds.add(record.received().eventId()));
        var changes = new BatchChanges(
                states,
                held,
                model.history().recordedAmong(eventIds),
                agreementId -> model.history().recordedBy(agreementId, null));
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (EventRecord record : records) {
            outcomes.add(changes.offer(record));
        }
        changes.write(model);
        notifyAfterCommit(changes.changedVersions());
        return outcomes;
    }

    private void notifyAfterCommit(Map<String, Long> versions) {
        if (!versions.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    versions.forEach(committed::accept);
                }
            });
        }
    }
}
