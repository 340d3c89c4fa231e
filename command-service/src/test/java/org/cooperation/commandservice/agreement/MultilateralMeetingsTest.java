package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.GERMANY;
import static org.cooperation.commandservice.agreement.JointStatement.JAPAN;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.meeting;
import static org.cooperation.commandservice.agreement.JointStatement.meetingRecorded;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.Multilateral.BELGIUM;
import static org.cooperation.commandservice.agreement.Multilateral.COMMISSION;
import static org.cooperation.commandservice.agreement.Multilateral.commissionAcceded;
import static org.cooperation.commandservice.agreement.Multilateral.hosted;
import static org.cooperation.commandservice.agreement.Multilateral.hostedBy;
import static org.cooperation.commandservice.agreement.Multilateral.recorded;
import static org.cooperation.commandservice.agreement.Multilateral.signedByThree;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md rule 14: meetings name their host party, and with more than two parties the host is the
 * party that has gone longest without hosting. The case: with BMWi, METI and the Commission,
 * the hosts EU, JP, EU were accepted and DE was never expected to host.
 */
class MultilateralMeetingsTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsTheCommissionHostingInBrussels() {
        RecordAnnualMeeting brussels = hostedBy(COMMISSION, BELGIUM, "2017-03-19", null);
        fixture.given(signedByThree()).when(brussels).expectEvents(recorded(brussels, BELGIUM));
    }

    @Test
    void asksWhereAMeetingOfAPartyWithoutACountryWasHeld() {
        fixture.given(signedByThree())
                .when(hostedBy(COMMISSION, null, "2017-03-19", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_COUNTRY_UNKNOWN));
    }

    @Test
    void holdsAMeetingInTheHostPartysCountryWhenNoneIsNamed() {
        RecordAnnualMeeting tokyo = hostedBy(METI, null, "2017-03-19", null);
        fixture.given(signedByThree()).when(tokyo).expectEvents(recorded(tokyo, JAPAN));
    }

    @Test
    void expectsThePartyThatHasNotHostedAfterEuAndJapan() {
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), hosted(METI, JAPAN, "2018-03-19"))
                .when(hostedBy(COMMISSION, BELGIUM, "2019-03-19", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN))
                .expectExceptionMessage(
                        "it is the turn of DE-BMWI to host, having gone longest without hosting, not of EU-COMMISSION;"
                                + " deviationReason says why not");
        RecordAnnualMeeting berlin = meeting("2019-03-19", GERMANY);
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), hosted(METI, JAPAN, "2018-03-19"))
                .when(berlin)
                .expectEvents(meetingRecorded(berlin));
    }

    @Test
    void acceptsAHostOutOfTurnWithAReason() {
        RecordAnnualMeeting again = hostedBy(COMMISSION, BELGIUM, "2019-03-19", "Hannover Messe moved to Brussels");
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), hosted(METI, JAPAN, "2018-03-19"))
                .when(again)
                .expectEvents(recorded(again, BELGIUM));
    }

    @Test
    void letsAnyOfThePartiesThatHaveNeverHostedHostFirst() {
        RecordAnnualMeeting tokyo = hostedBy(METI, null, "2017-03-19", null);
        fixture.given(signedByThree(), hosted(BMWI, GERMANY, "2016-10-01"))
                .when(tokyo)
                .expectEvents(recorded(tokyo, JAPAN));
    }

    @Test
    void rotatesAmongThePartiesOfTheMeetingsDay() {
        // BMWi hosted, then METI; the Commission accedes on 2018-06-01.
        var given = new Object[] {
            signed(),
            meetingRecorded("2017-03-19", GERMANY),
            meetingRecorded("2018-03-19", JAPAN),
            commissionAcceded("2018-06-01")
        };
        // Three parties: BMWi hosted longest ago (2017-03-19), before the Commission became a party.
        fixture.given(given)
                .when(hostedBy(COMMISSION, BELGIUM, "2019-03-19", null))
                .expectException(violates(Rule.HOST_OUT_OF_TURN));
        RecordAnnualMeeting berlin = meeting("2019-03-19", GERMANY);
        fixture.given(given).when(berlin).expectEvents(meetingRecorded(berlin));
    }

    @Test
    void holdsTwoPartiesToAlternationTheDayBeforeAnAccessionAndThreeToRotationOnItsDay() {
        var given =
                new Object[] {signed(), meetingRecorded("2017-03-19", GERMANY), meetingRecorded("2018-03-19", JAPAN)};
        RecordAnnualMeeting dayBefore = hostedBy(COMMISSION, BELGIUM, "2019-05-31", null);
        fixture.given(given)
                .andGiven(commissionAcceded("2019-06-01"))
                .when(dayBefore)
                .expectException(violates(Rule.HOST_PARTY_NOT_A_PARTY));
        RecordAnnualMeeting onTheDay = hostedBy(COMMISSION, BELGIUM, "2019-06-01", null);
        fixture.given(given)
                .andGiven(commissionAcceded("2019-06-01"))
                .when(onTheDay)
                .expectException(violates(Rule.HOST_OUT_OF_TURN));
        RecordAnnualMeeting germany = meeting("2019-06-02", GERMANY);
        fixture.given(given)
                .andGiven(commissionAcceded("2019-06-01"))
                .when(germany)
                .expectEvents(meetingRecorded(germany));
    }

    @Test
    void readsAMeetingThatNamedOnlyACountryAsHostedByThePartyOfThatCountry() {
        // Recorded before hosts were named: no host party, only Japan.
        var japanOnly = new org.cooperation.agreement.api.event.AnnualMeetingRecorded(
                JointStatement.ID,
                JointStatement.date("2018-03-19"),
                JAPAN,
                "Tokyo",
                null,
                java.util.List.of(),
                java.util.List.of(),
                null);
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), japanOnly)
                .when(hostedBy(METI, JAPAN, "2019-03-19", null))
                .expectException(violates(Rule.HOST_OUT_OF_TURN));
    }
}
