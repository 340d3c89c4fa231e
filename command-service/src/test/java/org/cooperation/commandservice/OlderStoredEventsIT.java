package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * An annual meeting stored by the code before {@code AnnualMeetingRecorded} version 2: revision "1",
 * attendees as bare names; a signature stored before {@code AgreementSigned} version 2, with its term. The row stays as it was written; reading it upcasts it, so the agreement
 * still loads and its history still publishes as the current, valid version.
 */
class OlderStoredEventsIT extends AgreementCommandIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private static final String MEETING_TYPE = EventTypes.typeName(AnnualMeetingRecorded.class);
    private static final Duration A_WHILE = Duration.ofSeconds(60);

    @Test
    void loadsAnAgreementWithAVersion1MeetingAndJudgesTheNextHostByIt() throws Exception {
        String id = signed("stored-v1-host");
        storeVersion1Meeting(id, 1, "DE");

        JsonNode sameHost = refused(
                id,
                "annual-meetings",
                JointStatementReplayIT.meeting(day(200), "DE", "Berlin", null),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameHost.get("rule").asText()).isEqualTo("host-must-alternate");
        assertThat(sameHost.get("detail").asText()).contains("DE-BMWI also hosted the meeting of " + day(30));

        assertThat(accepted(id, "annual-meetings", JointStatementReplayIT.meeting(day(200), "JP", "Tokyo", null)))
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("4", "1", "3");
    }

    @Test
    void republishesAVersion1MeetingAsAValidVersion2Record() throws Exception {
        String id = signed("stored-v1-replay");
        String eventId = storeVersion1Meeting(id, 1, "DE");
        AgreementTopic.recordsOf(bootstrapServers, id, 2, A_WHILE);

        assertThat(post("/api/admin/publisher/replay", "", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        List<ConsumerRecord<String, byte[]>> records = AgreementTopic.recordsOf(bootstrapServers, id, 4, A_WHILE);
        List<ConsumerRecord<String, byte[]>> meetings = records.stream()
                .filter(record -> eventId.equals(AgreementTopic.header(record, EventHeaders.ID)))
                .toList();
        assertThat(meetings).as("first published, then replayed").hasSize(2);
        for (ConsumerRecord<String, byte[]> meeting : meetings) {
            JsonNode value = json.readTree(meeting.value());
            assertThat(AgreementTopic.header(meeting, EventHeaders.TYPE)).isEqualTo(MEETING_TYPE);
            assertThat(AgreementTopic.header(meeting, EventHeaders.SEQUENCE)).isEqualTo("1");
            assertThat(AgreementTopic.header(meeting, EventHeaders.PRINCIPAL)).isEqualTo("secretariat-before-v2");
            assertThat(PublishedSchemas.violations(MEETING_TYPE, value))
                    .as(value.toString())
                    .isEmpty();
            assertThat(value.get("attendees"))
                    .isEqualTo(json.readTree("[{\"name\":\"Brigitte Zypries\"},{\"name\":\"Hiroshige Seko\"}]"));
        }
    }

    /** A signature stored before AgreementSigned version 2 always had a term, and keeps it: it can be extended. */
    @Test
    void loadsASignatureStoredAsVersion1WithItsTerm() throws Exception {
        String id = "stored-v1-signature";
        LocalDate termEndsOn = SIGNED_ON.plusYears(5).minusDays(1);
        String payload = """
                {"agreementId":"%1$s","title":"Joint Statement","kind":"JOINT_STATEMENT","parties":[
                  {"code":"DE-BMWI","name":"BMWi","country":"DE","signatory":{"name":"Matthias Machnig","title":"State Secretary"}},
                  {"code":"JP-METI","name":"METI","country":"JP","signatory":{"name":"Takayuki Ueda","title":"Vice Minister"}}],
                 "signedOn":"%2$s","place":"Tokyo","effectiveFrom":"%2$s",
                 "term":{"initialYears":5,"maxExtensions":1,"extensionYears":5},"termEndsOn":"%3$s",
                 "terminationNoticeDays":90,"meetings":{"cadence":"ANNUAL","alternateHosts":true},"fieldsOfCooperation":[]}""".formatted(id, SIGNED_ON, termEndsOn);
        storeVersion1(id, 0, payload, AgreementSigned.class);

        accepted(id, "extensions", """
                { "consents": [ { "party": "DE-BMWI", "letterDate": "%1$s", "reference": "BMWi letter" },
                                { "party": "JP-METI", "letterDate": "%1$s", "reference": "METI letter" } ] }""".formatted(day(60)));

        List<String> extended = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = ? AND sequencenumber = 1""").param(id).query(String.class).list();
        assertThat(json.readTree(extended.get(0)).get("termEndsOn").asText())
                .isEqualTo(termEndsOn.plusYears(5).toString());
    }

    /** A link stored before RelatedAgreementLinked version 2 keeps its relation: the same link is refused again. */
    @Test
    void loadsALinkStoredAsVersion1WithItsRelation() throws Exception {
        String id = signed("stored-v1-link");
        storeVersion1(id, 1, """
                {"agreementId":"%s","relatedAgreementId":"jp-de-iot-2016","relation":"BUILDS_ON","linkedOn":"%s"}""".formatted(id, day(1)), RelatedAgreementLinked.class);

        JsonNode again = refused(id, "links", """
                { "relatedAgreementId": "jp-de-iot-2016", "relation": "BUILDS_ON" }""", HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.get("rule").asText()).isEqualTo("link-already-recorded");
        assertThat(accepted(id, "links", """
                { "relatedAgreementId": "jp-de-iot-2016", "relation": "RELATED_TO" }""")).isEqualTo(2);
    }

    /**
     * Writes the row as Axon wrote it with version 1 of the event: payload and metadata as JSON in
     * {@code bytea}, the class name as payload type, revision "1", the global index from its sequence.
     */
    private String storeVersion1Meeting(String agreementId, long sequence, String hostCountry) {
        String payload = """
                {"agreementId":"%s","heldOn":"%s","hostCountry":"%s","city":"Hannover","level":"Minister",
                 "attendees":["Brigitte Zypries","Hiroshige Seko"],"outcomes":["Hannover Declaration"]}""".formatted(agreementId, day(30), hostCountry);
        return storeVersion1(agreementId, sequence, payload, AnnualMeetingRecorded.class);
    }

    private String storeVersion1(String agreementId, long sequence, String payload, Class<?> type) {
        String eventId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                     metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, 'Agreement', ?, ?, ?, '1', ?, ?)""")
                .params(
                        agreementId,
                        sequence,
                        eventId,
                        "{\"correlationId\":\"before-v2\",\"principal\":\"secretariat-before-v2\"}".getBytes(UTF_8),
                        payload.getBytes(UTF_8),
                        type.getName(),
                        Instant.now().toString())
                .update();
        return eventId;
    }

    private String signed(String id) {
        return signed(id, SIGNED_ON);
    }

    private static String day(int daysAfterSignature) {
        return SIGNED_ON.plusDays(daysAfterSignature).toString();
    }
}
