package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.EXTENDED_TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.GERMANY;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.JAPAN;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.meeting;
import static org.cooperation.commandservice.agreement.JointStatement.meetingRecorded;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.noticeWithdrawn;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;
import static org.cooperation.commandservice.agreement.JointStatement.withdraw;
import static org.cooperation.commandservice.agreement.Retractions.retract;
import static org.cooperation.commandservice.agreement.Retractions.retracted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 17: a fact entered in error is retracted by an event of its own, the rules are judged again
 * without it, what follows is recorded by events too, and the corrected fact may take its place.
 */
class RetractFactTest {

    /** After the extended term's end (2026-04-27), as the secretariat finds the mistake. */
    private static final Instant LATER = Instant.parse("2026-12-06T10:00:00Z");

    private static final Instant ORIGINAL_EXPIRY = Instant.parse("2021-04-28T00:00:00Z");
    private static final Instant EXTENDED_EXPIRY = Instant.parse("2026-04-28T00:00:00Z");
    /** After the letters of the extension (2021-02-10), before the original term's last day (2021-04-27). */
    private static final Instant BEFORE_THE_ORIGINAL_END = Instant.parse("2021-03-01T10:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    /** BMWi's letter typed as 2015-02-01, a year before the signature: stored before such dates were refused. */
    private static TermExtended mistakenExtension() {
        return termExtended(extend("2015-02-01", "2021-02-10"));
    }

    private static AgreementExpired expiredAtTheExtendedEnd() {
        return new AgreementExpired(ID, EXTENDED_TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON.plusDays(1));
    }

    @Test
    void retractsAFieldAddedInError() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), new FieldOfCooperationAdded(ID, "Robotics", date("2017-03-19")))
                .when(retract(1))
                .expectEvents(retracted(1, "FieldOfCooperationAdded", "2017-03-19"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void admitsAFieldAgainOnceItsEntryIsRetracted() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        new FieldOfCooperationAdded(ID, "Robotics", date("2017-03-19")),
                        retracted(1, "FieldOfCooperationAdded", "2017-03-19"))
                .when(new AddFieldOfCooperation(ID, "Robotics", date("2017-04-01")))
                .expectEvents(new FieldOfCooperationAdded(ID, "Robotics", date("2017-04-01")));
    }

    @Test
    void recordsTheExpiryWhenTheOnlyExtensionOfATermThatHasEndedIsRetracted() {
        fixture.givenCurrentTime(Instant.parse("2025-06-01T10:00:00Z"))
                .andGiven(signed(), mistakenExtension())
                .when(retract(1))
                .expectEvents(retracted(1, "TermExtended", "2021-02-10"))
                .expectScheduledDeadline(ORIGINAL_EXPIRY, new ExpiryDue(TERM_ENDS_ON))
                .expectNoScheduledDeadline(EXTENDED_EXPIRY, new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void expiresAtOnceOnTheOriginalEndOnceTheExtensionIsRetracted() {
        fixture.givenCurrentTime(Instant.parse("2025-06-01T10:00:00Z"))
                .andGiven(signed(), mistakenExtension())
                .andGivenCommands(retract(1))
                .whenTimeElapses(Duration.ZERO)
                .expectEvents(expired());
    }

    @Test
    void reschedulesTheExpiryAtTheOriginalEndWhenTheOnlyExtensionIsRetractedBeforeTheTermHasEnded() {
        fixture.givenCurrentTime(BEFORE_THE_ORIGINAL_END)
                .andGiven(signed(), termExtended())
                .when(retract(1))
                .expectEvents(retracted(1, "TermExtended", "2021-02-10"))
                .expectScheduledDeadline(ORIGINAL_EXPIRY, new ExpiryDue(TERM_ENDS_ON))
                .expectNoScheduledDeadline(EXTENDED_EXPIRY, new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void staysInForceToTheOriginalEndWhenTheExtensionIsRetractedBeforeIt() {
        fixture.givenCurrentTime(BEFORE_THE_ORIGINAL_END)
                .andGiven(signed(), termExtended())
                .andGivenCommands(retract(1))
                .whenTimeAdvancesTo(ORIGINAL_EXPIRY.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void expiresOnTheOriginalEndWhenTheExtensionIsRetractedBeforeIt() {
        fixture.givenCurrentTime(BEFORE_THE_ORIGINAL_END)
                .andGiven(signed(), termExtended())
                .andGivenCommands(retract(1))
                .whenTimeAdvancesTo(ORIGINAL_EXPIRY)
                .expectEvents(expired());
    }

    @Test
    void expiresAtOnceWhenTheNoticeThatEndedTheAgreementIsRetractedAfterTheTermHasEnded() {
        TerminationNoticeGiven notice = noticeGiven(terminate(METI, "2020-10-01", "2021-01-31"));
        fixture.givenCurrentTime(Instant.parse("2021-06-01T10:00:00Z"))
                .andGiven(signed(), notice, terminated(notice))
                .andGivenCommands(retract(1))
                .whenTimeElapses(Duration.ZERO)
                .expectEvents(expired());
    }

    @Test
    void revokesTheExpiryOfTheExtendedTermWhenTheExtensionIsRetracted() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), mistakenExtension(), expiredAtTheExtendedEnd())
                .when(retract(1))
                .expectEvents(
                        retracted(1, "TermExtended", "2021-02-10"),
                        new ExpiryRevoked(
                                ID,
                                EXTENDED_TERM_ENDS_ON.plusDays(1),
                                "the TermExtended recorded as sequence 1, from which it followed, was retracted"))
                .expectScheduledDeadline(ORIGINAL_EXPIRY, new ExpiryDue(TERM_ENDS_ON));
    }

    /** The worked example: the mistaken extension retracted and the corrected one entered in its place. */
    @Test
    void replacesTheExtensionWhoseLetterWasDatedBeforeTheSignature() {
        ExtendTerm corrected = extend("2021-02-01", "2021-02-10");
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        expired(),
                        new ExpiryRevoked(ID, TERM_ENDS_ON.plusDays(1), "an extension entered later"),
                        mistakenExtension(),
                        expiredAtTheExtendedEnd())
                .when(retract(3, corrected))
                .expectEvents(
                        retracted(3, "TermExtended", "2021-02-10"),
                        new ExpiryRevoked(
                                ID,
                                EXTENDED_TERM_ENDS_ON.plusDays(1),
                                "the TermExtended recorded as sequence 3, from which it followed, was retracted"),
                        termExtended(corrected))
                .expectScheduledDeadline(EXTENDED_EXPIRY, new ExpiryDue(EXTENDED_TERM_ENDS_ON))
                .expectResultMessagePayload(7L);
    }

    @Test
    void judgesTheReplacementByTheRulesOfItsKindNamingItsField() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), mistakenExtension())
                .when(retract(1, extend("2015-02-01", "2021-02-10")))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENT_BEFORE_SIGNATURE))
                .expectException(AgreementFixture.namesField("replacement.consents[0].letterDate"));
    }

    @Test
    void refusesAReplacementOfAnotherKind() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), mistakenExtension())
                .when(retract(1, new AddFieldOfCooperation(ID, "Robotics", date("2017-03-19"))))
                .expectNoEvents()
                .expectException(violates(Rule.REPLACEMENT_OF_ANOTHER_KIND));
    }

    @Test
    void refusesToRetractAnExtensionWhileAMeetingFallsInTheTermItAdded() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), termExtended(), meetingRecorded("2022-03-01", GERMANY))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void retractsAnExtensionWhenTheLastMeetingFallsOnTheOriginalTermsLastDay() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), termExtended(), meetingRecorded("2021-04-27", GERMANY))
                .when(retract(1))
                .expectEvents(retracted(1, "TermExtended", "2021-02-10"));
    }

    @Test
    void revokesTheTerminationWhenTheNoticeThatCausedItIsRetracted() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), termExtended(), noticeGiven(), terminated(noticeGiven()))
                .when(retract(2))
                .expectEvents(
                        retracted(2, "TerminationNoticeGiven", "2025-12-01"),
                        new TerminationRevoked(
                                ID,
                                date("2026-03-02"),
                                "the TerminationNoticeGiven recorded as sequence 2, from which it followed, was retracted"))
                .expectScheduledDeadline(EXTENDED_EXPIRY, new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void cancelsThePendingTerminationOfARetractedNotice() {
        fixture.givenCurrentTime(Instant.parse("2026-01-05T10:00:00Z"))
                .andGiven(signed(), termExtended(), noticeGiven())
                .when(retract(2))
                .expectEvents(retracted(2, "TerminationNoticeGiven", "2025-12-01"))
                .expectNoScheduledDeadlineOfType(Instant.parse("2026-03-02T00:00:00Z"), TerminationDue.class);
    }

    @Test
    void refusesToRetractANoticeThatAWithdrawalTookBack() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), termExtended(), noticeGiven(), noticeWithdrawn(withdraw(METI, "2026-01-10")))
                .when(retract(2))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void putsTheNoticeBackWhenItsWithdrawalIsRetracted() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        termExtended(),
                        noticeGiven(),
                        noticeWithdrawn(withdraw(METI, "2026-01-10")),
                        expiredAtTheExtendedEnd())
                .when(retract(3))
                .expectEvents(
                        retracted(3, "TerminationNoticeWithdrawn", "2026-01-10"),
                        new ExpiryRevoked(
                                ID,
                                EXTENDED_TERM_ENDS_ON.plusDays(1),
                                "the withdrawal recorded as sequence 3"
                                        + " was retracted, so the notice of 2025-12-01 ends the agreement after 2026-03-01"))
                .expectScheduledDeadline(Instant.parse("2026-03-02T00:00:00Z"), new TerminationDue(date("2026-03-01")));
    }

    @Test
    void refusesToRetractAMeetingBetweenTwoOfTheSameHost() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        meetingRecorded("2017-03-19", GERMANY),
                        meetingRecorded("2018-03-19", JAPAN),
                        meetingRecorded("2019-03-19", GERMANY))
                .when(retract(2))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void retractsAMeetingBetweenTwoOfTheSameHostWhenTheRepeatHasAReason() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        meetingRecorded("2017-03-19", GERMANY),
                        meetingRecorded("2018-03-19", JAPAN),
                        meetingRecorded(meeting("2019-03-19", GERMANY, "Hannover Messe partner country")))
                .when(retract(2))
                .expectEvents(retracted(2, "AnnualMeetingRecorded", "2018-03-19"));
    }

    @Test
    void refusesToRetractTheSignature() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed())
                .when(retract(0))
                .expectNoEvents()
                .expectException(violates(Rule.SIGNATURE_NOT_RETRACTABLE));
    }

    @Test
    void refusesToRetractAnExpiryByHand() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), expired())
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.DERIVED_FACT_NOT_RETRACTABLE));
    }

    @Test
    void refusesToRetractARetraction() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        new FieldOfCooperationAdded(ID, "Robotics", date("2017-03-19")),
                        retracted(1, "FieldOfCooperationAdded", "2017-03-19"))
                .when(retract(2))
                .expectNoEvents()
                .expectException(violates(Rule.CORRECTION_NOT_RETRACTABLE));
    }

    @Test
    void refusesToRetractAFactTwice() {
        fixture.givenCurrentTime(LATER)
                .andGiven(
                        signed(),
                        new FieldOfCooperationAdded(ID, "Robotics", date("2017-03-19")),
                        retracted(1, "FieldOfCooperationAdded", "2017-03-19"))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.FACT_ALREADY_RETRACTED));
    }

    @Test
    void refusesASequenceThatIsNotInTheHistory() {
        fixture.givenCurrentTime(LATER)
                .andGiven(signed())
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.FACT_UNKNOWN));
    }

    @Test
    void keepsTheRecordAsItWasWhenTheReplacementIsRefused() {
        ExtendTerm tooLate = new ExtendTerm(
                ID,
                List.of(new Consent(BMWI, date("2021-05-01"), "late"), new Consent(METI, date("2021-02-10"), "METI")));
        fixture.givenCurrentTime(LATER)
                .andGiven(signed(), mistakenExtension())
                .when(retract(1, tooLate))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENT_AFTER_TERM_END));
    }
}
