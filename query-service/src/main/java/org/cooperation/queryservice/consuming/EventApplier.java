package org.cooperation.queryservice.consuming;

import java.util.Optional;
import java.util.function.Consumer;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.queryservice.current.AgreementState;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one event to every read model in ONE database transaction, together with the record
 * that it was applied. A redelivered event finds that record and changes nothing. An event that
 * does not follow the agreement's last applied sequence is held, never applied out of order; it
 * is applied in the same transaction as the event it waited for.
 */
public class EventApplier {

    public enum Outcome { APPLIED, DUPLICATE, HELD }

    private final ReadModel model;
    private final TransactionTemplate transaction;
    private final Consumer<String> committed;

    /**
     * @param committed told the agreement id once a change to it has committed, so that readers
     *                  waiting for it need not poll
     */
    public EventApplier(ReadModel model, TransactionTemplate transaction, Consumer<String> committed) {
        this.model = model;
        this.transaction = transaction;
        this.committed = committed;
    }

    /** Applies the record in a transaction of its own, or in the caller's when there is one. */
    public Outcome apply(EventRecord record) {
        return transaction.execute(status -> applyInTransaction(record));
    }

    private Outcome applyInTransaction(EventRecord record) {
        String agreementId = record.agreementId();
        AgreementState state = model.current().findForUpdate(agreementId).orElse(null);
        long lastApplied = state == null ? -1 : state.version();
        if (record.sequence() <= lastApplied) {
            return Outcome.DUPLICATE;
        }
        if (record.sequence() > lastApplied + 1) {
            return model.held().hold(record) ? Outcome.HELD : Outcome.DUPLICATE;
        }
        AgreementState next = applyNext(state, record);
        if (next == null) {
            return Outcome.DUPLICATE;
        }
        Optional<EventRecord> waiting;
        while ((waiting = model.held().take(agreementId, next.version() + 1)).isPresent()) {
            AgreementState after = applyNext(next, waiting.get());
            next = after == null ? next : after;
        }
        notifyAfterCommit(agreementId);
        return Outcome.APPLIED;
    }

    /** The state after the record, or null when its event id was applied before. */
    private AgreementState applyNext(AgreementState state, EventRecord record) {
        if (!model.history().record(record.historyEntry(), record.agreementId())) {
            return null;
        }
        var received = record.received();
        AgreementState next = AgreementState.fold(state, received.event(), received.sequence(), received.recordedAt());
        model.current().save(next);
        if (received.event() instanceof RelatedAgreementLinked link) {
            model.links().record(link, received.sequence(), received.recordedAt());
        }
        return next;
    }

    private void notifyAfterCommit(String agreementId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.accept(agreementId);
                }
            });
        }
    }
}
