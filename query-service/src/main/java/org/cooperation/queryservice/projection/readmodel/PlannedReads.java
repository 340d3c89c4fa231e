package org.cooperation.queryservice.projection.readmodel;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads whose statements PostgreSQL must plan with one of its planner settings changed, where its
 * estimates would otherwise choose a plan whose cost grows with the table (docs/performance.md has
 * each case). The setting is made with {@code SET LOCAL} in a read-only transaction of the read's
 * own, so it ends with that transaction and never reaches another statement on the connection.
 */
@Component
public class PlannedReads {

    /** The settings a read may ask for; fixed here, since each is spliced into a statement. */
    public enum Plan {
        /**
         * No sort: a page in the order of an index reads that index and stops after the page, where
         * an estimate of few matching rows would fetch every row after the cursor and sort them.
         */
        IN_INDEX_ORDER("enable_sort = off"),
        /**
         * A plan for the parameters at hand each time: a statement the driver has prepared on the
         * server could otherwise be planned once for any parameters, with a guess at what they select.
         */
        FOR_THESE_PARAMETERS("plan_cache_mode = force_custom_plan");

        private final String setting;

        Plan(String setting) {
            this.setting = setting;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public PlannedReads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What {@code read} returns, its statements planned as {@code plan} says. */
    public <T> T read(Plan plan, Supplier<T> read) {
        return readOnly.execute(transaction -> {
            jdbc.execute("SET LOCAL " + plan.setting);
            return read.get();
        });
    }
}
