package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.GERMANY;
import static org.cooperation.commandservice.agreement.JointStatement.JAPAN;
import static org.cooperation.commandservice.agreement.JointStatement.MEETINGS;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.meeting;
import static org.cooperation.commandservice.agreement.JointStatement.meetingRecorded;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.parties;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.cooperation.agreement.api.command.SignAgreement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 7: meetings inside the period in force, hosted alternately in Germany and in Japan. */
class RecordAnnualMeetingTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    /** The meeting's attendees are both parties' delegations and a guest who came for neither. */
    @Test
    void recordsAMeetingHostedByAPartysCountry() {
        RecordAnnualMeeting hannover = meeting("2017-03-19", GERMANY);
        fixture.given(signed())
                .when(hannover)
                .expectEvents(meetingRecorded(hannover))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsAMeetingOnTheEffectiveDate() {
        fixture.given(signed()).when(meeting("2016-04-28", JAPAN)).expectEvents(meetingRecorded("2016-04-28", JAPAN));
    }

    @Test
    void rejectsAMeetingAfterTheSignatureButTheDayBeforeTheEffectiveDate() {
        fixture.given(JointStatement.signedEffectiveLater())
                .when(meeting("2016-05-01", JAPAN))
                .expectNoEvents()
                .expectException(violates(Rule.MEETING_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsAMeetingOnTheLastDayInForce() {
        fixture.given(signed()).when(meeting("2021-04-27", JAPAN)).expectEvents(meetingRecorded("2021-04-27", JAPAN));
    }

    @Test
    void rejectsAMeetingTheDayAfterTheLastDayInForce() {
        fixture.given(signed())
                .when(meeting("2021-04-28", JAPAN))
                .expectNoEvents()
                .expectException(violates(Rule.MEETING_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void countsTheExtendedTermAsInForce() {
        fixture.given(signed(), termExtended())
                .when(meeting("2021-04-28", JAPAN))
                .expectEvents(meetingRecorded("2021-04-28", JAPAN));
    }

    @Test
    void acceptsAMeetingOnThePendingNoticesLastDay() {
        fixture.given(signed(), noticeGiven(terminate(JointStatement.METI, "2020-01-06", "2020-06-30")))
                .when(meeting("2020-06-30", JAPAN))
                .expectEvents(meetingRecorded("2020-06-30", JAPAN));
    }

    @Test
    void rejectsAMeetingAfterThePendingNoticesLastDay() {
        fixture.given(signed(), noticeGiven(terminate(JointStatement.METI, "2020-01-06", "2020-06-30")))
                .when(meeting("2020-07-01", JAPAN))
                .expectNoEvents()
                .expectException(violates(Rule.MEETING_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsAMeetingEnteredAfterTheExpiryThatWasHeldInForce() {
        fixture.given(signed(), expired())
                .when(meeting("2019-10-10", JAPAN))
                .expectEvents(meetingRecorded("2019-10-10", JAPAN));
    }

    @Test
    void rejectsAHostThatIsNotAPartysCountry() {
        fixture.given(signed())
                .when(meeting("2017-03-19", CountryCode.of("FR")))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_NOT_A_PARTY));
    }

    @Test
    void rejectsAnAttendeeOfADelegationThatIsNoParty() {
        RecordAnnualMeeting meeting = meeting("2017-03-19", GERMANY);
        RecordAnnualMeeting withStranger = new RecordAnnualMeeting(
                meeting.agreementId(),
                meeting.heldOn(),
                null,
                meeting.hostCountry(),
                meeting.city(),
                meeting.level(),
                List.of(new Attendee("Head of the French delegation", PartyCode.of("FR-MINEFI"), "Director")),
                meeting.outcomes(),
                null);
        fixture.given(signed())
                .when(withStranger)
                .expectNoEvents()
                .expectException(violates(Rule.ATTENDEE_PARTY_UNKNOWN))
                .expectExceptionMessage(
                        "an attendee came with the delegation of FR-MINEFI, which is not a party to the agreement on"
                                + " 2017-03-19");
    }

    @Test
    void rejectsTheSameHostTwiceInARow() {
        fixture.given(signed(), meetingRecorded("2017-03-19", GERMANY), meetingRecorded("2018-06-01", JAPAN))
                .when(meeting("2019-06-01", JAPAN))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_MUST_ALTERNATE))
                .expectExceptionMessage(
                        "JP-METI also hosted the meeting of 2018-06-01; hosts alternate unless deviationReason says why not");
    }

    @Test
    void recordsTheSameHostAgainWithTheReasonForTheDeviation() {
        RecordAnnualMeeting again = meeting("2019-06-01", JAPAN, "Germany hosted the G20 digital ministers that year");
        fixture.given(signed(), meetingRecorded("2018-06-01", JAPAN))
                .when(again)
                .expectEvents(meetingRecorded(again));
    }

    @Test
    void takesABlankReasonForNoReason() {
        fixture.given(signed(), meetingRecorded("2018-06-01", JAPAN))
                .when(meeting("2019-06-01", JAPAN, "  "))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_MUST_ALTERNATE));
    }

    @Test
    void judgesAlternationByTheDayHeldNotTheDayEntered() {
        fixture.given(signed(), meetingRecorded("2018-06-01", JAPAN))
                .when(meeting("2017-03-19", JAPAN))
                .expectNoEvents()
                .expectException(violates(Rule.HOST_MUST_ALTERNATE));
    }

    @Test
    void fitsALateEntryBetweenMeetingsOfTheOtherHost() {
        fixture.given(signed(), meetingRecorded("2017-03-19", GERMANY), meetingRecorded("2019-06-01", GERMANY))
                .when(meeting("2018-06-01", JAPAN))
                .expectEvents(meetingRecorded("2018-06-01", JAPAN));
    }

    @Test
    void letsAnyPartyHostWhenHostsNeedNotAlternate() {
        MeetingPolicy anyHost = new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, MEETINGS.level(), false);
        SignAgreement sign = JointStatement.sign(parties(), SIGNED_ON);
        SignAgreement withAnyHost = new SignAgreement(
                sign.agreementId(),
                sign.title(),
                sign.kind(),
                sign.parties(),
                sign.signedOn().earliest(),
                sign.place(),
                sign.effectiveFrom().earliest(),
                sign.term(),
                sign.terminationNoticeDays(),
                anyHost,
                sign.fieldsOfCooperation(),
                sign.financialArrangement());
        fixture.given(
                        JointStatement.signed(withAnyHost, JointStatement.TERM_ENDS_ON),
                        meetingRecorded("2018-06-01", JAPAN))
                .when(meeting("2019-06-01", JAPAN))
                .expectEvents(meetingRecorded("2019-06-01", JAPAN));
    }
}
