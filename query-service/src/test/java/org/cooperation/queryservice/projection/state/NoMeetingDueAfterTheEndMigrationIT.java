package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.cooperation.queryservice.Events;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written before migration 5 named a next meeting for agreements that had ended, or after
 * their last day in force; the list of agreements filters and sorts on that column.
 */
class NoMeetingDueAfterTheEndMigrationIT {

    private static final Instant RECORDED = Instant.parse("2024-01-01T00:00:00Z");
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");

    private final DataSource database = ReadModelMigrations.freshDatabase("migration-5");
    private final JdbcTemplate template = new JdbcTemplate(database);
    private final JdbcClient jdbc = JdbcClient.create(template);

    @Test
    void clearsTheNextMeetingOfEndedAgreementsAndKeepsTheOthers() {
        ReadModelMigrations.migrate(database, "4");
        AgreementState stillInForce = inForce("still-in-force");
        AgreementState expired = inForce("ended").apply(Events.expired("ended", TERM_END), 1, RECORDED);
        AgreementState lastMeetingLate = inForce("last-meeting-late")
                .apply(Events.meeting("last-meeting-late", "2020-06-01", "DE", "Berlin"), 1, RECORDED);
        ReadModelMigrations.saveAsBeforeMigration8(database, List.of(stillInForce, expired, lastMeetingLate));
        // As the fold wrote them before: a year after the effective date, or after the latest meeting.
        setNextMeetingDue("ended", "2017-04-28");
        setNextMeetingDue("last-meeting-late", "2021-06-01");

        ReadModelMigrations.migrate(database, "latest");

        assertThat(nextMeetingDue("still-in-force")).isEqualTo("2017-04-28");
        assertThat(nextMeetingDue("ended")).isNull();
        assertThat(nextMeetingDue("last-meeting-late")).isNull();
    }

    private static AgreementState inForce(String agreementId) {
        return AgreementState.signed(Events.signed(agreementId), 0, RECORDED);
    }

    private void setNextMeetingDue(String agreementId, String date) {
        jdbc.sql("UPDATE query.agreement SET next_meeting_due = CAST(? AS date) WHERE agreement_id = ?")
                .params(date, agreementId)
                .update();
    }

    private String nextMeetingDue(String agreementId) {
        return jdbc.sql("SELECT next_meeting_due::text FROM query.agreement WHERE agreement_id = ?")
                .param(agreementId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
