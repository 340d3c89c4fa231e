package org.cooperation.localinfra;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty database on the JVM's shared test server, given as Spring Boot datasource
 * properties, so that each test context starts from nothing and none sees another's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase() {}

    public static Map<String, String> fresh(String prefix) {
        LocalPostgres postgres = LocalPostgres.shared();
        String database = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        postgres.createDatabase(database);
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password());
    }
}
