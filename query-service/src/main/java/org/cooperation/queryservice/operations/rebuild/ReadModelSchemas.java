package org.cooperation.queryservice.operations.rebuild;

import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schemas a rebuild works with. The fresh tables are made by the same Flyway migrations as
 * the live ones, in a schema of their own, so they match to the last index name; the switch moves
 * the read-model tables between schemas in one transaction, leaving everything else (dead
 * letters, Flyway's history) where it is.
 */
@Component
class ReadModelSchemas {

    /** A swap that cannot get its locks within this gives up rather than stall readers. */
    private static final String LOCK_TIMEOUT = "10s";

    private final JdbcClient jdbc;
    private final Flyway flyway;
    private final TransactionTemplate transaction;
    private final ReadModelTables live;
    private final ReadModelTables fresh;
    private final String replaced;

    ReadModelSchemas(JdbcClient jdbc, Flyway flyway, TransactionTemplate transaction, ReadModelTables live) {
        this.jdbc = jdbc;
        this.flyway = flyway;
        this.transaction = transaction;
        this.live = live;
        this.fresh = new ReadModelTables(live.schema() + "_rebuild");
        this.replaced = live.schema() + "_replaced";
    }

    ReadModelTables fresh() {
        return fresh;
    }

    /** Empty read-model tables in the rebuild's schema; whatever an earlier, failed rebuild left there goes. */
    void createFresh() {
        discardFresh();
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(fresh.schema())
                .defaultSchema(fresh.schema())
                .load()
                .migrate();
    }

    /** Puts the fresh tables in the live ones' place, at once for every reader and writer. */
    void swap() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'").update();
            // Locked in the order the projection touches them, so that a swap and a projection wait, not deadlock.
            jdbc.sql("LOCK TABLE "
                            + String.join(
                                    ", ",
                                    ReadModelTables.NAMES.stream()
                                            .map(name -> live.schema() + "." + name)
                                            .toList())
                            + " IN ACCESS EXCLUSIVE MODE")
                    .update();
            jdbc.sql("DROP SCHEMA IF EXISTS " + replaced + " CASCADE").update();
            jdbc.sql("CREATE SCHEMA " + replaced).update();
            for (String name : ReadModelTables.NAMES) {
                jdbc.sql("ALTER TABLE " + live.schema() + "." + name + " SET SCHEMA " + replaced)
                        .update();
            }
            for (String name : ReadModelTables.NAMES) {
                jdbc.sql("ALTER TABLE " + fresh.schema() + "." + name + " SET SCHEMA " + live.schema())
                        .update();
            }
            jdbc.sql("DROP SCHEMA " + replaced + " CASCADE").update();
            jdbc.sql("DROP SCHEMA " + fresh.schema() + " CASCADE").update();
        });
    }

    void discardFresh() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + fresh.schema() + " CASCADE").update();
    }
}
