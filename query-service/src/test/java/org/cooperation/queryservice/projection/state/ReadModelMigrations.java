package org.cooperation.queryservice.projection.state;

import java.util.Map;
import javax.sql.DataSource;
import org.cooperation.localinfra.TestDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database whose read-model schema a test brings to a chosen migration, then to the latest. */
final class ReadModelMigrations {

    private ReadModelMigrations() {
    }

    static DataSource freshDatabase(String name) {
        Map<String, String> properties = TestDatabase.fresh(name);
        return new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
    }

    /** @param target a migration version such as "4", or "latest" */
    static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).schemas("query").defaultSchema("query").target(target)
                .load().migrate();
    }
}
