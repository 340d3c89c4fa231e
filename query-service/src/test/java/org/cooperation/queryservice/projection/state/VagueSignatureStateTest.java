package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.projection.state.Folds.fold;
import static org.cooperation.queryservice.projection.state.Folds.foldAsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.queryservice.Events;
import org.junit.jupiter.api.Test;

/**
 * The EU–Japan Centre, signed "1987": the state shows the date as given, is on record as of the
 * last day of 1987 (when it had surely been signed) and not the day before, and is in force once
 * every day of a vague effective date has come.
 */
class VagueSignatureStateTest {

    private static AgreementSigned signed(String signedOn, String effectiveFrom) {
        return new AgreementSigned(
                AgreementId.of("eu-jp-centre-1987"),
                "EU-Japan Centre for Industrial Cooperation",
                AgreementKind.JOINT_VENTURE,
                List.of(Events.METI, Events.BMWI),
                BusinessDate.parse(signedOn),
                null,
                BusinessDate.parse(effectiveFrom),
                null,
                null,
                0,
                MeetingPolicy.NONE,
                List.of("People mobility"),
                null,
                List.of());
    }

    @Test
    void showsTheSignatureAsGiven() throws Exception {
        AgreementState state = fold(signed("1987", "1987"));
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(state);

        assertThat(json.at("/signedOn").asText()).isEqualTo("1987");
        assertThat(json.at("/term/effectiveFrom").asText()).isEqualTo("1987");
        assertThat(json.at("/term/openEnded").asBoolean()).isTrue();
    }

    @Test
    void isOnRecordAsOfTheLastDayTheSignatureMayStandFor() {
        List<AgreementEvent> history = List.of(signed("1987", "1987"));

        assertThat(foldAsOf(history, LocalDate.parse("1987-12-30"))).isNull();
        assertThat(foldAsOf(history, LocalDate.parse("1987-12-31")).status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(foldAsOf(history, LocalDate.parse("1988-01-01")).status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void isSignedNotInForceUntilEveryDayOfAVagueEffectiveDateHasCome() {
        AgreementState state = fold(signed("1987-03", "1987"));

        assertThat(state.on(LocalDate.parse("1987-03-31")).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.on(LocalDate.parse("1987-12-30")).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.on(LocalDate.parse("1987-12-31")).status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.on(LocalDate.parse("1988-01-01")).status()).isEqualTo(AgreementStatus.IN_FORCE);
    }
}
