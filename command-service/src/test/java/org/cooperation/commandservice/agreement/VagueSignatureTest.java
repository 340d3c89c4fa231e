package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.LaunchProgramme;
import org.cooperation.agreement.api.command.RecordMilestone;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signature known only to the year: the EU–Japan Centre was "established in 1987" by the European
 * Commission and METI, a joint venture that states no term. The signature is kept as {@code 1987};
 * a term needs a day to run from; facts under it are judged by all the days of 1987 (before 1987 is
 * before the signature, within it may be, unless as vague as the signature itself).
 */
class VagueSignatureTest {

    private static final AgreementId ID = AgreementId.of("eu-jp-centre-1987");
    private static final Instant NOW = Instant.parse("2019-06-15T12:00:00Z");
    private static final List<Party> FOUNDERS = List.of(
            new Party(
                    PartyCode.of("EU-COM"),
                    "European Commission",
                    PartyKind.INTERNATIONAL_ORGANISATION,
                    CountryCode.of("EU"),
                    null),
            new Party(PartyCode.of("JP-METI"), "Ministry of Economy, Trade and Industry", CountryCode.of("JP"), null));

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static SignAgreement sign(String signedOn, String effectiveFrom, Term term) {
        return new SignAgreement(
                ID,
                "EU-Japan Centre for Industrial Cooperation",
                AgreementKind.JOINT_VENTURE,
                FOUNDERS,
                BusinessDate.parse(signedOn),
                null,
                effectiveFrom == null ? null : BusinessDate.parse(effectiveFrom),
                term,
                0,
                MeetingPolicy.NONE,
                List.of(),
                null,
                List.of());
    }

    private static final SignAgreement IN_1987 = sign("1987", null, null);

    @Test
    void keepsASignatureKnownOnlyToTheYearAsGiven() {
        fixture.givenCurrentTime(NOW).when(IN_1987).expectEvents(DigitalPartnership.signed(IN_1987));
    }

    @Test
    void dateOfTheSignatureAsTheSourceGivesItIsItsText() {
        org.assertj.core.api.Assertions.assertThat(
                        DigitalPartnership.signed(IN_1987).signedOn().toString())
                .isEqualTo("1987");
        org.assertj.core.api.Assertions.assertThat(
                        DigitalPartnership.signed(IN_1987).businessDate())
                .as("as of a day, shown once surely signed")
                .hasToString("1987-12-31");
    }

    @Test
    void aTermRunsFromADay() {
        fixture.givenCurrentTime(NOW)
                .when(sign("1987", null, new Term(5, 0, 0)))
                .expectException(violates(Rule.TERM_FROM_A_DAY, "effectiveFrom"));
        fixture.givenCurrentTime(NOW)
                .when(sign("1987-06", "1987-06", new Term(5, 0, 0)))
                .expectException(violates(Rule.TERM_FROM_A_DAY, "effectiveFrom"));
    }

    @Test
    void aTermMayRunFromADayUnderASignatureKnownToTheYear() {
        fixture.givenCurrentTime(NOW)
                .when(sign("1987", "1988-01-01", new Term(5, 0, 0)))
                .expectSuccessfulHandlerExecution();
    }

    /** Day before / first day / last day of the signature's range / day after it. */
    @ParameterizedTest
    @CsvSource({
        "1986-12-31, EFFECTIVE_NOT_BEFORE_SIGNATURE",
        "1986, EFFECTIVE_NOT_BEFORE_SIGNATURE",
        "1987-01-01, DATE_TOO_VAGUE",
        "1987-12-30, DATE_TOO_VAGUE",
        "1987-12, DATE_TOO_VAGUE",
        "1987-12-31, ",
        "1988-01-01, ",
        "1987, "
    })
    void anEffectiveDateIsJudgedByEveryDayOfTheSignature(String effectiveFrom, Rule broken) {
        SignAgreement sign = sign("1987", effectiveFrom, null);
        var result = fixture.givenCurrentTime(NOW).when(sign);
        if (broken == null) {
            result.expectEvents(DigitalPartnership.signed(sign));
        } else {
            result.expectException(violates(broken, "effectiveFrom"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1986-12-31, MILESTONE_BEFORE_SIGNATURE",
        "1987-01-01, DATE_TOO_VAGUE",
        "1987-12-30, DATE_TOO_VAGUE",
        "1987-06, DATE_TOO_VAGUE",
        "1987-12-31, ",
        "1988-01-01, ",
        "1987, "
    })
    void aFactUnderTheSignatureIsJudgedByEveryDayOfIt(String date, Rule broken) {
        RecordMilestone milestone =
                new RecordMilestone(ID, BusinessDate.parse(date), "Centre opens", null, null, List.of());
        var result = fixture.givenCurrentTime(NOW)
                .andGiven(DigitalPartnership.signed(IN_1987))
                .when(milestone);
        if (broken == null) {
            result.expectEvents(
                    new MilestoneRecorded(ID, BusinessDate.parse(date), "Centre opens", null, null, List.of()));
        } else {
            result.expectException(violates(broken, "date"));
        }
    }

    @Test
    void aProgrammeLaunchedAsVaguelyAsTheSignatureIsTakenAsLaunchedAfterIt() {
        LaunchProgramme vulcanus =
                new LaunchProgramme(ID, ProgrammeId.of("vulcanus"), "Vulcanus", null, BusinessDate.parse("1987"));
        fixture.givenCurrentTime(NOW)
                .andGiven(DigitalPartnership.signed(IN_1987))
                .when(vulcanus)
                .expectEvents(new ProgrammeLaunched(
                        ID, ProgrammeId.of("vulcanus"), "Vulcanus", null, BusinessDate.parse("1987")));
    }

    @Test
    void aSignatureInTheYearThatHasBegunIsPlausibleAndOneInTheNextIsNot() {
        fixture.givenCurrentTime(NOW).when(sign("2019", null, null)).expectSuccessfulHandlerExecution();
        fixture.givenCurrentTime(NOW)
                .when(sign("2020", null, null))
                .expectException(violates(Rule.SIGNATURE_IN_FUTURE, "signedOn"));
        fixture.givenCurrentTime(NOW)
                .when(sign("2019-07", null, null))
                .expectException(violates(Rule.SIGNATURE_IN_FUTURE, "signedOn"));
    }
}
