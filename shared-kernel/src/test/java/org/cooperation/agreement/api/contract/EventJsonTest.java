package org.cooperation.agreement.api.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.agreement.api.event.TermExtended;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final TermExtended extended = new TermExtended(
            AgreementId.of("jp-de-iot-2016"),
            List.of(
                    new Consent(PartyCode.of("DE-BMWI"), LocalDate.parse("2021-02-01"), "BMWi IV-2021-17"),
                    new Consent(PartyCode.of("JP-METI"), LocalDate.parse("2021-02-10"), "METI-MIPO-2021-4")),
            LocalDate.parse("2021-04-27"),
            LocalDate.parse("2026-04-27"),
            1,
            0);

    @Test
    void namesEveryEventTypeWithItsVersion() {
        assertThat(EventTypes.typeName(TermExtended.class)).isEqualTo("org.cooperation.agreement.TermExtended.v1");
        assertThat(EventTypes.typeName(AnnualMeetingRecorded.class))
                .isEqualTo("org.cooperation.agreement.AnnualMeetingRecorded.v3");
        assertThat(EventTypes.all()).hasSize(AgreementEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void writesPlainJsonWithIsoDatesAndNoClassNames() {
        String json = new String(EventJson.write(extended), UTF_8);

        assertThat(json)
                .contains("\"agreementId\":\"jp-de-iot-2016\"")
                .contains("\"termEndsOn\":\"2026-04-27\"")
                .contains("\"party\":\"DE-BMWI\"")
                .doesNotContain("org.cooperation")
                .doesNotContain("businessDate");
    }

    @Test
    void readsBackTheSameEvent() {
        assertThat(EventJson.read("org.cooperation.agreement.TermExtended.v1", EventJson.write(extended)))
                .isEqualTo(extended);
    }

    @Test
    void ignoresFieldsAddedByALaterVersion() {
        byte[] json = "{\"agreementId\":\"a-1\",\"field\":\"R&D\",\"addedOn\":\"2017-03-19\",\"addedBy\":\"DE-BMWI\"}"
                .getBytes(UTF_8);

        assertThat(EventJson.read("org.cooperation.agreement.FieldOfCooperationAdded.v1", json)
                        .businessDate())
                .isEqualTo("2017-03-19");
    }

    @Test
    void writesAttendeesWithTheirPartyAndTitleWhenKnown() {
        String json = new String(
                EventJson.write(hannover(List.of(
                        new Attendee("Brigitte Zypries", PartyCode.of("DE-BMWI"), "Federal Minister"),
                        Attendee.named("Plattform Industrie 4.0")))),
                UTF_8);

        assertThat(json)
                .contains("\"attendees\":[{\"name\":\"Brigitte Zypries\",\"party\":\"DE-BMWI\","
                        + "\"title\":\"Federal Minister\"},{\"name\":\"Plattform Industrie 4.0\"}]");
    }

    /** Exactly what the publisher sent before version 2, and what stays on the topic for good. */
    @Test
    void readsAVersion1MeetingIntoTheCurrentClass() {
        byte[] version1 = """
                {"agreementId":"jp-de-iot-2016","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover",
                 "level":"Minister","attendees":["Brigitte Zypries","Hiroshige Seko"],
                 "outcomes":["Hannover Declaration"]}""".getBytes(UTF_8);

        assertThat(EventJson.read("org.cooperation.agreement.AnnualMeetingRecorded.v1", version1))
                .isEqualTo(hannover(List.of(Attendee.named("Brigitte Zypries"), Attendee.named("Hiroshige Seko"))));
    }

    @Test
    void readsTheCurrentVersionOfAMeeting() {
        AnnualMeetingRecorded meeting =
                hannover(List.of(new Attendee("Hiroshige Seko", PartyCode.of("JP-METI"), null)));

        assertThat(EventJson.read("org.cooperation.agreement.AnnualMeetingRecorded.v2", EventJson.write(meeting)))
                .isEqualTo(meeting);
    }

    @Test
    void readsAVersion1SignatureWithItsTermAsItWas() {
        AgreementSigned signed =
                (AgreementSigned) EventJson.read("org.cooperation.agreement.AgreementSigned.v1", """
                {"agreementId":"jp-de-iot-2016","title":"Joint Statement","kind":"JOINT_STATEMENT","parties":[
                  {"code":"DE-BMWI","name":"BMWi","country":"DE","signatory":{"name":"Matthias Machnig","title":"State Secretary"}},
                  {"code":"JP-METI","name":"METI","country":"JP","signatory":{"name":"Takayuki Ueda","title":"Vice Minister"}}],
                 "signedOn":"2016-04-28","place":"Tokyo","effectiveFrom":"2016-04-28",
                 "term":{"initialYears":5,"maxExtensions":1,"extensionYears":5},"termEndsOn":"2021-04-27",
                 "terminationNoticeDays":90,"meetings":{"cadence":"ANNUAL","alternateHosts":true},"fieldsOfCooperation":[]}
                """.getBytes(UTF_8));

        assertThat(signed.openEnded()).isFalse();
        assertThat(signed.term()).isEqualTo(new Term(5, 1, 5));
        assertThat(signed.termEndsOn()).isEqualTo(LocalDate.parse("2021-04-27"));
    }

    @Test
    void writesAnOpenEndedSignatureWithoutTermOrEnd() {
        AgreementSigned signed = new AgreementSigned(
                AgreementId.of("jp-in-digital-2018"),
                "MOC",
                AgreementKind.MEMORANDUM_OF_COOPERATION,
                List.of(),
                LocalDate.parse("2018-10-29"),
                "Tokyo",
                LocalDate.parse("2018-10-29"),
                null,
                null,
                0,
                MeetingPolicy.NONE,
                List.of(),
                null);

        String json = new String(EventJson.write(signed), UTF_8);

        assertThat(json).doesNotContain("term\"").doesNotContain("termEndsOn").doesNotContain("openEnded");
        assertThat(EventJson.read(EventTypes.typeName(AgreementSigned.class), json.getBytes(UTF_8)))
                .isEqualTo(signed);
    }

    @Test
    void readsAVersion1LinkAsTheSameRelation() {
        RelatedAgreementLinked linked = (RelatedAgreementLinked)
                EventJson.read("org.cooperation.agreement.RelatedAgreementLinked.v1", """
                {"agreementId":"jp-de-hannover-2017","relatedAgreementId":"jp-de-iot-2016",
                 "relation":"BUILDS_ON","linkedOn":"2017-03-19"}""".getBytes(UTF_8));

        assertThat(linked)
                .isEqualTo(new RelatedAgreementLinked(
                        AgreementId.of("jp-de-hannover-2017"),
                        AgreementId.of("jp-de-iot-2016"),
                        Relation.BUILDS_ON,
                        LocalDate.parse("2017-03-19")));
    }

    @Test
    void rejectsAVersionNewerThanItKnows() {
        byte[] json = EventJson.write(hannover(List.of()));

        assertThatThrownBy(() -> EventJson.read("org.cooperation.agreement.AnnualMeetingRecorded.v4", json))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> EventJson.read("org.cooperation.agreement.Nothing.v1", new byte[0]))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void keepsTheTypeAsReceivedForARecordOfAnOlderVersion() {
        Map<String, String> headers = Map.of(
                EventHeaders.ID, "7a1d",
                EventHeaders.TYPE, "org.cooperation.agreement.AnnualMeetingRecorded.v1",
                EventHeaders.SUBJECT, "jp-de-iot-2016",
                EventHeaders.SEQUENCE, "2",
                EventHeaders.TIME, "2017-03-20T09:00:00Z");
        byte[] version1 = """
                {"agreementId":"jp-de-iot-2016","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover",
                 "attendees":["BMWi"],"outcomes":[]}""".getBytes(UTF_8);

        ReceivedEvent received = ReceivedEvent.read(headers::get, version1);

        assertThat(received.type()).isEqualTo("org.cooperation.agreement.AnnualMeetingRecorded.v1");
        assertThat(((AnnualMeetingRecorded) received.event()).attendees()).containsExactly(Attendee.named("BMWi"));
    }

    @Test
    void readsARecordFromItsHeaders() {
        Map<String, String> headers = Map.of(
                EventHeaders.ID, "5f0c",
                EventHeaders.TYPE, EventTypes.typeName(TermExtended.class),
                EventHeaders.SUBJECT, "jp-de-iot-2016",
                EventHeaders.SEQUENCE, "3",
                EventHeaders.TIME, "2021-02-11T09:00:00Z");

        ReceivedEvent received = ReceivedEvent.read(headers::get, EventJson.write(extended));

        assertThat(received.sequence()).isEqualTo(3);
        assertThat(received.event()).isEqualTo(extended);
    }

    private static AnnualMeetingRecorded hannover(List<Attendee> attendees) {
        return new AnnualMeetingRecorded(
                AgreementId.of("jp-de-iot-2016"),
                LocalDate.parse("2017-03-19"),
                CountryCode.of("DE"),
                "Hannover",
                "Minister",
                attendees,
                List.of("Hannover Declaration"),
                null);
    }
}
