package org.cooperation.commandservice.eventstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;

/** The event store's appends keep their transaction; its reads no longer begin one. */
class ReadsWithoutTransactionTest {

    private final List<String> log = new ArrayList<>();
    private final TransactionManager transactions = () -> {
        log.add("begin");
        return new Transaction() {
            @Override
            public void commit() {
                log.add("commit");
            }

            @Override
            public void rollback() {
                log.add("rollback");
            }
        };
    };
    private final ReadsWithoutTransaction store = new ReadsWithoutTransaction(transactions);

    @Test
    void anAppendRunsInATransaction() {
        store.executeInTransaction(() -> log.add("append"));

        assertThat(log).containsExactly("begin", "append", "commit");
    }

    @Test
    void aFailedAppendRollsBack() {
        try {
            store.executeInTransaction(() -> {
                throw new IllegalStateException("refused by the unique key");
            });
        } catch (IllegalStateException expected) {
            log.add("refused");
        }

        assertThat(log).containsExactly("begin", "rollback", "refused");
    }

    @Test
    void aReadRunsWithoutATransactionOfItsOwn() {
        String read = store.fetchInTransaction(() -> {
            log.add("read");
            return "events";
        });

        assertThat(read).isEqualTo("events");
        assertThat(log).containsExactly("read");
    }

    @Test
    void aTransactionStartedExplicitlyIsTheDelegatesOwn() {
        store.startTransaction().commit();

        assertThat(log).containsExactly("begin", "commit");
    }
}
