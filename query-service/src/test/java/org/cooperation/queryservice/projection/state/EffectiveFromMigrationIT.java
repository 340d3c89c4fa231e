package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.cooperation.queryservice.Events;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows written before migration 8 get the effective date their document holds, which lists judge SIGNED by. */
class EffectiveFromMigrationIT {

    private static final Instant RECORDED = Instant.parse("2016-04-28T09:00:00Z");

    private final DataSource database = ReadModelMigrations.freshDatabase("migration-8");

    @Test
    void fillsTheEffectiveDateFromTheDocument() {
        ReadModelMigrations.migrate(database, "7");
        ReadModelMigrations.saveAsBeforeMigration8(
                database,
                List.of(
                        AgreementState.signed(
                                Events.signedToTakeEffect(
                                        "effective-later",
                                        LocalDate.parse("2016-04-28"),
                                        LocalDate.parse("2016-06-01")),
                                0,
                                RECORDED),
                        AgreementState.signed(
                                Events.signedOpenEnded("effective-open", LocalDate.parse("2017-03-19"), 0),
                                0,
                                RECORDED),
                        // Stored by a command side that did not yet keep dates within the published language.
                        AgreementState.signed(
                                Events.signedOpenEnded("effective-beyond", LocalDate.of(10_000, 1, 1), 0), 0, RECORDED),
                        AgreementState.signed(
                                Events.signedOpenEnded("effective-before", LocalDate.of(0, 6, 1), 0), 0, RECORDED)));

        ReadModelMigrations.migrate(database, "latest");

        assertThat(effectiveFrom("effective-later")).isEqualTo("2016-06-01");
        assertThat(effectiveFrom("effective-open")).isEqualTo("2017-03-19");
        assertThat(effectiveFrom("effective-beyond")).isEqualTo("infinity");
        assertThat(effectiveFrom("effective-before")).isEqualTo("-infinity");
    }

    private String effectiveFrom(String agreementId) {
        return JdbcClient.create(database)
                .sql("SELECT effective_from::text FROM query.agreement WHERE agreement_id = ?")
                .param(agreementId)
                .query(String.class)
                .single();
    }
}
