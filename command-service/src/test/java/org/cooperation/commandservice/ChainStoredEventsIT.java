package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.agreement.api.verification.Chains;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.commandservice.chain.StoredEvent;
import org.cooperation.commandservice.chain.V6__Chain_stored_events;
import org.cooperation.commandservice.deadline.V5__Scope_deadlines_of_earlier_schedules;
import org.cooperation.localinfra.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Events stored before the chain began (by migration 5's schema, as Axon wrote them) are chained by
 * migration 6: every agreement's history verifies afterwards, also an event stored in an older
 * version of its type, which is chained in the form the topic carries.
 */
class ChainStoredEventsIT {

    @Test
    void chainsEveryAgreementsStoredHistoryFromItsFirstEvent() {
        DataSource database = freshDatabase();
        migrate(database, "5");
        JdbcClient jdbc = JdbcClient.create(database);
        List<AgreementEvent> everyEvent = EveryEvent.of(AgreementId.of("stored-before-the-chain"));
        for (int sequence = 0; sequence < everyEvent.size(); sequence++) {
            store(jdbc, everyEvent.get(sequence), sequence, EventJson.write(everyEvent.get(sequence)));
        }
        AgreementEvent otherSigned =
                EveryEvent.of(AgreementId.of("stored-v1-meeting")).get(0);
        store(jdbc, otherSigned, 0, EventJson.write(otherSigned));
        storeVersion1Meeting(jdbc, "stored-v1-meeting", 1);

        migrate(database, "latest");

        for (String agreementId : List.of("stored-before-the-chain", "stored-v1-meeting")) {
            List<ChainLink> links = jdbc.sql("SELECT " + StoredEvent.COLUMNS
                            + " FROM command.domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                    .param(agreementId)
                    .query((rs, row) -> StoredEvent.read(rs).link())
                    .list();
            assertThat(links)
                    .as(agreementId)
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link.claimedHash()).hasSize(64));
            assertThat(Chains.verify(links)).as(agreementId).isEqualTo(Verdict.VALID);
        }
        assertThat(jdbc.sql(
                                "SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'principal' FROM command.domainevententry")
                        .query(String.class)
                        .list())
                .containsOnly("secretariat-before-the-chain");
    }

    private static void store(JdbcClient jdbc, AgreementEvent event, long sequence, byte[] payload) {
        store(
                jdbc,
                event.agreementId().value(),
                sequence,
                event.getClass().getName(),
                String.valueOf(EventTypes.version(event.getClass())),
                payload);
    }

    /** Version 1 of the meeting: attendees as bare names. */
    private static void storeVersion1Meeting(JdbcClient jdbc, String agreementId, long sequence) {
        store(jdbc, agreementId, sequence, AnnualMeetingRecorded.class.getName(), "1", """
                {"agreementId":"%s","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover","level":"Minister",
                 "attendees":["Brigitte Zypries","Hiroshige Seko"],"outcomes":["Hannover Declaration"]}""".formatted(agreementId)
                .getBytes(UTF_8));
    }

    /** A row as Axon wrote it: payload and metadata as JSON in bytea, the timestamp as its text. */
    private static void store(
            JdbcClient jdbc, String agreementId, long sequence, String payloadType, String revision, byte[] payload) {
        jdbc.sql("""
                        INSERT INTO command.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                     metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, 'Agreement', ?, ?, ?, ?, ?, ?)""")
                .params(
                        agreementId,
                        sequence,
                        UUID.randomUUID().toString(),
                        "{\"correlationId\":\"c\",\"principal\":\"secretariat-before-the-chain\"}".getBytes(UTF_8),
                        payload,
                        revision,
                        payloadType,
                        DateTimeUtils.formatInstant(Instant.now()))
                .update();
    }

    private static DataSource freshDatabase() {
        Map<String, String> properties = TestDatabase.fresh("chain");
        return new DriverManagerDataSource(
                properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"),
                properties.get("spring.datasource.password"));
    }

    private static void migrate(DataSource database, String target) {
        Flyway.configure()
                .dataSource(database)
                .schemas("command")
                .defaultSchema("command")
                .javaMigrations(new V5__Scope_deadlines_of_earlier_schedules(), new V6__Chain_stored_events())
                .target(target)
                .load()
                .migrate();
    }
}
