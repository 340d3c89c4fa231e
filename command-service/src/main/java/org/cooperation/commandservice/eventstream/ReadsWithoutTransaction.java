package org.cooperation.commandservice.eventstream;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The event store's transactions: appends and snapshots run in a transaction, as before; a read
 * runs without one of its own. Inside a command's transaction a read still uses that transaction's
 * connection (the connection provider hands it out), so nothing changes there.
 *
 * <p>Why: Axon's JDBC engine wraps every read in a transaction, and the shared reader of the head
 * reads once per commit ({@link HeadReads}): so every command also cost a transaction begun and
 * committed around one {@code SELECT}, a round trip for the {@code COMMIT} and Spring's bookkeeping,
 * on command-service's side and PostgreSQL's. A read of the store is a statement or two (a batch of
 * events, after a look at the gaps in the token), and at PostgreSQL's READ COMMITTED each statement
 * sees the data committed when it starts, in a transaction or out of one, so a read without a
 * transaction finds what it found with one.
 */
public final class ReadsWithoutTransaction implements TransactionManager {

    private final TransactionManager transactions;

    public ReadsWithoutTransaction(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        return transactions.startTransaction();
    }

    @Override
    public void executeInTransaction(Runnable task) {
        transactions.executeInTransaction(task);
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> supplier) {
        return supplier.get();
    }
}
