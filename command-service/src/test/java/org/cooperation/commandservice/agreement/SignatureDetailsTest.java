package org.cooperation.commandservice.agreement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.commandservice.agreement.DigitalPartnership.ID;
import static org.cooperation.commandservice.agreement.DigitalPartnership.MEITY;
import static org.cooperation.commandservice.agreement.DigitalPartnership.METI;
import static org.cooperation.commandservice.agreement.DigitalPartnership.SIGNED_ON;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Witness;
import org.cooperation.agreement.api.command.SignAgreement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signature details as the sources state them: the Japan–India MOC was signed for MeitY by the
 * Ambassador of India to Japan and witnessed by both Prime Ministers; the EU–Japan Centre's source
 * names neither signatory nor place, and the record invents none.
 */
class SignatureDetailsTest {

    private static final List<Witness> PRIME_MINISTERS = List.of(
            new Witness("Shinzo Abe", "Prime Minister of Japan"),
            new Witness("Narendra Modi", "Prime Minister of India"));

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsASignatoryOnBehalfOfAPartyAndTheWitnesses() {
        SignAgreement sign = sign(
                List.of(
                        new Party(
                                METI,
                                "Ministry of Economy, Trade and Industry",
                                CountryCode.of("JP"),
                                new Signatory("Hiroshige Seko", "Minister of Economy, Trade and Industry")),
                        new Party(
                                MEITY,
                                "Ministry of Electronics and Information Technology",
                                CountryCode.of("IN"),
                                new Signatory("Sujan R. Chinoy", "Ambassador of India to Japan", true))),
                "Tokyo",
                PRIME_MINISTERS);

        fixture.givenNoPriorActivity().when(sign).expectEvents(DigitalPartnership.signed(sign));
    }

    @Test
    void recordsPartiesWithoutSignatoryAndASignatureWithoutPlace() {
        SignAgreement sign = sign(
                List.of(
                        new Party(METI, "Ministry of Economy, Trade and Industry", CountryCode.of("JP"), null),
                        new Party(
                                MEITY,
                                "Ministry of Electronics and Information Technology",
                                CountryCode.of("IN"),
                                null)),
                null,
                List.of());

        fixture.givenNoPriorActivity().when(sign).expectEvents(DigitalPartnership.signed(sign));
    }

    @Test
    void refusesABlankPlaceOrWitnessTitleRatherThanRecordingItEmpty() {
        assertThatThrownBy(() -> sign(List.of(), " ", List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("place");
        assertThatThrownBy(() -> new Witness("Shinzo Abe", ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("witness.title");
        assertThatThrownBy(() -> new Witness(" ", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("witness.name");
    }

    private static SignAgreement sign(List<Party> parties, String place, List<Witness> witnesses) {
        return new SignAgreement(
                ID,
                "Memorandum of Cooperation on a Japan-India Digital Partnership",
                AgreementKind.MEMORANDUM_OF_COOPERATION,
                parties,
                BusinessDate.of(SIGNED_ON),
                place,
                null,
                null,
                0,
                MeetingPolicy.NONE,
                List.of(),
                null,
                witnesses);
    }
}
