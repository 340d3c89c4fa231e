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
import static org.cooperation.commandservice.agreement.Multilateral.leftOn;
import static org.cooperation.commandservice.agreement.Multilateral.recorded;
import static org.cooperation.commandservice.agreement.Multilateral.signedByThree;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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
    void refusesALateMeetingThatWouldPutALaterOneOutOfTurn() {
        // In 2019 BMWi was due, never having hosted. Entered late, a meeting in Germany in 2017 makes
        // the Commission (2017-03) the one that had gone longest without hosting by 2019.
        fixture.given(hostedInTurnSince2017())
                .when(hostedBy(BMWI, GERMANY, "2017-10-01", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"))
                .expectExceptionMessage("hosted by DE-BMWI, this meeting would put the meeting of 2019-03-19 out of"
                        + " turn: DE-BMWI would no longer have gone longest without hosting; deviationReason says why");
    }

    @Test
    void recordsALateMeetingThatPutsALaterOneOutOfTurnWithTheReasonForIt() {
        RecordAnnualMeeting extra =
                hostedBy(BMWI, GERMANY, "2017-10-01", "an extraordinary meeting at the Hannover Messe");
        fixture.given(hostedInTurnSince2017()).when(extra).expectEvents(recorded(extra, GERMANY));
    }

    @Test
    void recordsALateMeetingThatLeavesTheLaterOnesInTurn() {
        // The Commission hosted again in 2020 without a reason; the late meeting of 2019 puts it back in turn.
        RecordAnnualMeeting berlin = hostedBy(BMWI, GERMANY, "2019-03-19", null);
        fixture.given(
                        signedByThree(),
                        hosted(COMMISSION, BELGIUM, "2017-03-19"),
                        hosted(METI, JAPAN, "2018-03-19"),
                        hosted(COMMISSION, BELGIUM, "2020-03-19"))
                .when(berlin)
                .expectEvents(recorded(berlin, GERMANY));
    }

    @Test
    void countsAnAccessionOnTheDayOfAnotherPartysLastMeetingAsATie() {
        // By 2019 BMWi last hosted on 2017-03-19; the Commission has not hosted since it acceded.
        fixture.given(hostedBeforeTheCommissionAcceded("2017-03-18"))
                .when(hostedBy(BMWI, GERMANY, "2019-03-19", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"));
        RecordAnnualMeeting berlin = hostedBy(BMWI, GERMANY, "2019-03-19", null);
        fixture.given(hostedBeforeTheCommissionAcceded("2017-03-19"))
                .when(berlin)
                .expectEvents(recorded(berlin, GERMANY));
        RecordAnnualMeeting brussels = hostedBy(COMMISSION, BELGIUM, "2019-03-19", null);
        fixture.given(hostedBeforeTheCommissionAcceded("2017-03-19"))
                .when(brussels)
                .expectEvents(recorded(brussels, BELGIUM));
        fixture.given(hostedBeforeTheCommissionAcceded("2017-03-20"))
                .when(hostedBy(COMMISSION, BELGIUM, "2019-03-19", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"));
    }

    /** BMWi hosted in 2017, METI in 2018; the Commission acceded on {@code accededOn}. */
    private static List<Object> hostedBeforeTheCommissionAcceded(String accededOn) {
        return List.of(
                signed(),
                hosted(BMWI, GERMANY, "2017-03-19"),
                hosted(METI, JAPAN, "2018-03-19"),
                commissionAcceded(accededOn));
    }

    /** Three parties from the signature, each hosting in its turn: the Commission, METI, BMWi. */
    private static List<Object> hostedInTurnSince2017() {
        return List.of(
                signedByThree(),
                hosted(COMMISSION, BELGIUM, "2017-03-19"),
                hosted(METI, JAPAN, "2018-03-19"),
                hosted(BMWI, GERMANY, "2019-03-19"));
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
    void refusesTheSameHostTwiceInARowTheDayBeforeAnAccessionAndOutOfTurnOnItsDay() {
        var given = new Object[] {
            signed(),
            meetingRecorded("2017-03-19", GERMANY),
            meetingRecorded("2018-03-19", JAPAN),
            commissionAcceded("2019-06-01")
        };
        // Two parties the day before: METI hosted the meeting before, so it is Germany's turn.
        fixture.given(given)
                .when(hostedBy(METI, JAPAN, "2019-05-31", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_MUST_ALTERNATE, "hostCountry"));
        // Three on the day: BMWi has gone longest without hosting.
        fixture.given(given)
                .when(hostedBy(METI, JAPAN, "2019-06-01", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"));
    }

    @Test
    void acceptsAHostOnItsLastDayAsAPartyAndRejectsItTheDayAfter() {
        RecordAnnualMeeting lastDay = hostedBy(COMMISSION, BELGIUM, "2019-06-30", null);
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .when(lastDay)
                .expectEvents(recorded(lastDay, BELGIUM));
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .when(hostedBy(COMMISSION, BELGIUM, "2019-07-01", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_PARTY_NOT_A_PARTY, "hostParty"));
    }

    @Test
    void rotatesAmongThreeOnAPartysLastDayAndAlternatesBetweenTheTwoLeftTheDayAfter() {
        var hosts = new Object[] {
            hosted(COMMISSION, BELGIUM, "2017-03-19"),
            hosted(METI, JAPAN, "2018-03-19"),
            hosted(BMWI, GERMANY, "2019-03-19")
        };
        // On its last day the Commission, which hosted longest ago, is due.
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .andGiven(hosts)
                .when(hostedBy(METI, JAPAN, "2019-06-30", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"));
        // The day after, BMWi and METI alternate: BMWi hosted the meeting before.
        RecordAnnualMeeting tokyo = hostedBy(METI, JAPAN, "2019-07-01", null);
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .andGiven(hosts)
                .when(tokyo)
                .expectEvents(recorded(tokyo, JAPAN));
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .andGiven(hosts)
                .when(hostedBy(BMWI, GERMANY, "2019-07-01", null))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_MUST_ALTERNATE, "hostCountry"));
    }

    /** No reason, an empty one, or a blank one: a blank reason is no reason. */
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsTheSameHostTwiceInARowAmongThreeWithoutAReason(String noReason) {
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), hosted(METI, JAPAN, "2018-03-19"))
                .when(hostedBy(METI, JAPAN, "2019-03-19", noReason))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_OUT_OF_TURN, "hostParty"));
    }

    @Test
    void recordsTheSameHostTwiceInARowAmongThreeWithTheReasonForTheDeviation() {
        RecordAnnualMeeting again =
                hostedBy(METI, JAPAN, "2019-03-19", "Germany hosted the G20 digital ministers that year");
        fixture.given(signedByThree(), hosted(COMMISSION, BELGIUM, "2017-03-19"), hosted(METI, JAPAN, "2018-03-19"))
                .when(again)
                .expectEvents(recorded(again, JAPAN));
    }

    @Test
    void acceptsTheDelegationOfAPartyOnTheDayItAccededAndRejectsItTheDayBefore() {
        RecordAnnualMeeting onTheDay = withTheCommissionsDelegation("2019-06-01");
        fixture.given(signed(), commissionAcceded("2019-06-01"))
                .when(onTheDay)
                .expectEvents(recorded(onTheDay, GERMANY));
        fixture.given(signed(), commissionAcceded("2019-06-01"))
                .when(withTheCommissionsDelegation("2019-05-31"))
                .expectNoEvents()
                .expectException(violates(Rule.ATTENDEE_PARTY_UNKNOWN, "attendees"));
    }

    @Test
    void acceptsTheDelegationOfAWithdrawnPartyOnItsLastDayAndRejectsItTheDayAfter() {
        RecordAnnualMeeting lastDay = withTheCommissionsDelegation("2019-06-30");
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .when(lastDay)
                .expectEvents(recorded(lastDay, GERMANY));
        fixture.given(leftOn(COMMISSION, "2019-04-01", "2019-06-30"))
                .when(withTheCommissionsDelegation("2019-07-01"))
                .expectNoEvents()
                .expectException(violates(Rule.ATTENDEE_PARTY_UNKNOWN, "attendees"));
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

    /** BMWi hosts in Germany, and the head of the Commission's delegation attends. */
    private static RecordAnnualMeeting withTheCommissionsDelegation(String heldOn) {
        return new RecordAnnualMeeting(
                JointStatement.ID,
                JointStatement.date(heldOn),
                BMWI,
                GERMANY,
                "Berlin",
                "Director-General",
                List.of(new Attendee("Head of the Commission delegation", COMMISSION, "Director-General")),
                List.of(),
                null);
    }
}
