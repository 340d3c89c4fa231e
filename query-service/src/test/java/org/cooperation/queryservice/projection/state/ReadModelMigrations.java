package org.cooperation.queryservice.projection.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cooperation.localinfra.TestDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database whose read-model schema a test brings to a chosen migration, then to the latest. */
final class ReadModelMigrations {

    private ReadModelMigrations() {}

    static DataSource freshDatabase(String name) {
        Map<String, String> properties = TestDatabase.fresh(name);
        return new DriverManagerDataSource(
                properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"),
                properties.get("spring.datasource.password"));
    }

    /**
     * Writes the rows as the projection wrote them before migration 8 ({@code effective_from}), so that
     * a test of an earlier migration can store states in a schema that lacks the later columns.
     */
    static void saveAsBeforeMigration8(DataSource database, List<AgreementState> states) {
        JdbcClient jdbc = JdbcClient.create(database);
        for (AgreementState state : states) {
            jdbc.sql("""
                            INSERT INTO query.agreement (agreement_id, version, status, title, kind, signed_on, term_ends_on,
                                                         last_day_in_force, next_meeting_due, meeting_overdue_from,
                                                         party_codes, fields, state, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                    .params(
                            state.agreementId().value(),
                            state.version(),
                            state.status().name(),
                            state.title(),
                            state.kind().name(),
                            date(state.signedOn().earliest()),
                            date(state.term().termEndsOn()),
                            date(state.lastDayInForce()),
                            date(state.nextMeetingDue()),
                            date(state.meetingOverdueFrom()),
                            state.parties().stream().map(p -> p.code().value()).toArray(String[]::new),
                            state.fieldsOfCooperation().stream()
                                    .map(AgreementState.Field::name)
                                    .toArray(String[]::new),
                            json(state),
                            Timestamp.from(state.lastRecordedAt()))
                    .update();
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String json(AgreementState state) {
        try {
            return new StateJson().mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param target a migration version such as "4", or "latest" */
    static void migrate(DataSource database, String target) {
        Flyway.configure()
                .dataSource(database)
                .schemas("query")
                .defaultSchema("query")
                .target(target)
                .load()
                .migrate();
    }
}
