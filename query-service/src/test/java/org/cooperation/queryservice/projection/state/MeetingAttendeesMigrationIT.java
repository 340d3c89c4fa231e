package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Current-state documents written before {@code AnnualMeetingRecorded} version 2 held attendees as
 * bare names; migration 4 gives them the shape the fold writes now, so they read as before.
 */
class MeetingAttendeesMigrationIT {

    private static final Instant RECORDED = Instant.parse("2017-03-20T09:00:00Z");

    private final DataSource database = ReadModelMigrations.freshDatabase("migration");
    private final JdbcTemplate template = new JdbcTemplate(database);
    private final JdbcClient jdbc = JdbcClient.create(template);
    private final CurrentStateRepository repository =
            new CurrentStateRepository(template, new StateJson(), new ReadModelTables("query"), RecentStates.none());

    @Test
    void turnsEachNameOfAStoredMeetingIntoAnAttendee() {
        ReadModelMigrations.migrate(database, "3");
        AgreementState now = AgreementState.signed(Events.signed("migrated-meeting"), 0, RECORDED)
                .apply(hannover("migrated-meeting"), 1, RECORDED);
        storeAsBeforeVersion2(now);
        AgreementState withoutMeetings = AgreementState.signed(Events.signed("migrated-no-meeting"), 0, RECORDED);
        ReadModelMigrations.saveAsBeforeMigration8(database, List.of(withoutMeetings));

        ReadModelMigrations.migrate(database, "latest");

        assertThat(repository.find("migrated-meeting")).contains(now);
        assertThat(repository.find("migrated-no-meeting")).contains(withoutMeetings);
    }

    /** The document as the fold wrote it before version 2: the same, with names for attendees. */
    private void storeAsBeforeVersion2(AgreementState state) {
        ReadModelMigrations.saveAsBeforeMigration8(database, List.of(state));
        String document = jdbc.sql("SELECT state::text FROM query.agreement WHERE agreement_id = ?")
                .param(state.agreementId().value())
                .query(String.class)
                .single();
        String beforeVersion2 = document.replace("{\"name\": \"Brigitte Zypries\"}", "\"Brigitte Zypries\"")
                .replace("{\"name\": \"Hiroshige Seko\"}", "\"Hiroshige Seko\"");
        assertThat(beforeVersion2).contains("\"attendees\": [\"Brigitte Zypries\", \"Hiroshige Seko\"]");
        jdbc.sql("UPDATE query.agreement SET state = CAST(? AS jsonb) WHERE agreement_id = ?")
                .params(beforeVersion2, state.agreementId().value())
                .update();
    }

    private static AnnualMeetingRecorded hannover(String agreementId) {
        return new AnnualMeetingRecorded(
                AgreementId.of(agreementId),
                LocalDate.parse("2017-03-19"),
                CountryCode.of("DE"),
                "Hannover",
                "Minister",
                List.of(Attendee.named("Brigitte Zypries"), Attendee.named("Hiroshige Seko")),
                List.of("Hannover Declaration"),
                null);
    }
}
