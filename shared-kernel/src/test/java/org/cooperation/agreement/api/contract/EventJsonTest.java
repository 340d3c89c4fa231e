package org.cooperation.agreement.api.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.TermExtended;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final TermExtended extended = new TermExtended(
            AgreementId.of("jp-de-iot-2016"),
            List.of(new Consent(PartyCode.of("DE-BMWI"), LocalDate.parse("2021-02-01"), "BMWi IV-2021-17"),
                    new Consent(PartyCode.of("JP-METI"), LocalDate.parse("2021-02-10"), "METI-MIPO-2021-4")),
            LocalDate.parse("2021-04-27"), LocalDate.parse("2026-04-27"), 1, 0);

    @Test
    void namesEveryEventTypeWithItsVersion() {
        assertThat(EventTypes.typeName(TermExtended.class)).isEqualTo("org.cooperation.agreement.TermExtended.v1");
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

        assertThat(EventJson.read("org.cooperation.agreement.FieldOfCooperationAdded.v1", json).businessDate())
                .isEqualTo("2017-03-19");
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> EventJson.read("org.cooperation.agreement.Nothing.v1", new byte[0]))
                .isInstanceOf(UnknownEventTypeException.class);
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
}
