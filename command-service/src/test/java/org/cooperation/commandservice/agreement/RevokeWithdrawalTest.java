package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.GERMANY;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;
import static org.cooperation.commandservice.agreement.Multilateral.COMMISSION;
import static org.cooperation.commandservice.agreement.Multilateral.hosted;
import static org.cooperation.commandservice.agreement.Multilateral.signedByThree;
import static org.cooperation.commandservice.agreement.Multilateral.withdrawalNoticeGiven;
import static org.cooperation.commandservice.agreement.Multilateral.withdrew;
import static org.cooperation.commandservice.agreement.Retractions.retract;
import static org.cooperation.commandservice.agreement.Retractions.retracted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 17 on a withdrawal that took effect: the Commission's notice of 2019-01-02 (a party until
 * 2019-04-02, gone from 2019-04-03) retracted as entered in error, on the days either side of its last
 * day. Once {@code PartyWithdrew} is recorded the retraction revokes it by an event of its own, and the
 * Commission is a party again; before, the retraction only stops the withdrawal falling due.
 */
class RevokeWithdrawalTest {

    private static final String WHY =
            "the WithdrawalNoticeGiven recorded as sequence 1, from which it followed, was retracted";

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static WithdrawalRevoked revoked() {
        return new WithdrawalRevoked(ID, COMMISSION, date("2019-04-02"), WHY);
    }

    /** The agreement signed by three, the Commission's withdrawal recorded, then {@code later}. */
    private static List<Object> withdrawnThen(Object... later) {
        List<Object> events = new ArrayList<>(List.of(
                signedByThree(),
                withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"),
                withdrew(COMMISSION, "2019-04-02")));
        events.addAll(List.of(later));
        return events;
    }

    /** The day before the Commission's last day as a party, and the last moment of that day. */
    @ParameterizedTest
    @ValueSource(strings = {"2019-04-01T10:00:00Z", "2019-04-02T23:59:59Z"})
    void upToItsLastDayTheNoticeIsRetractedAndTheWithdrawalNoLongerFallsDue(String now) {
        fixture.givenCurrentTime(Instant.parse(now))
                .andGiven(signedByThree())
                .andGivenCommands(terminate(COMMISSION, "2019-01-02", "2019-04-02"))
                .when(retract(1))
                .expectEvents(retracted(1, "WithdrawalNoticeGiven", "2019-01-02"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theDayAfterTheWithdrawalRecordedIsRevoked() {
        // Recorded when the withdrawal fell due at the start of 2019-04-03 (PartiesOverTimeTest shows the deadline).
        fixture.givenCurrentTime(Instant.parse("2019-04-03T10:00:00Z"))
                .andGiven(withdrawnThen())
                .when(retract(1))
                .expectEvents(retracted(1, "WithdrawalNoticeGiven", "2019-01-02"), revoked())
                .expectResultMessagePayload(4L)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aWithdrawalRevokedYearsLaterLeavesTheCommissionAPartyThatMayGiveNoticeAgain() {
        fixture.givenCurrentTime(Instant.parse("2020-06-01T10:00:00Z"))
                .andGiven(withdrawnThen(retracted(1, "WithdrawalNoticeGiven", "2019-01-02"), revoked()))
                .when(terminate(COMMISSION, "2020-05-01", "2020-08-01"))
                .expectEvents(withdrawalNoticeGiven(COMMISSION, "2020-05-01", "2020-08-01"));
    }

    @Test
    void theRevokedWithdrawalIsReplacedByTheNoteVerbaleAsItWas() {
        fixture.givenCurrentTime(Instant.parse("2019-05-01T10:00:00Z"))
                .andGiven(withdrawnThen())
                .when(retract(1, terminate(COMMISSION, "2019-01-03", "2019-06-30")))
                .expectEvents(
                        retracted(1, "WithdrawalNoticeGiven", "2019-01-02"),
                        revoked(),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-03", "2019-06-30"))
                .expectScheduledDeadline(
                        Instant.parse("2019-07-01T00:00:00Z"), new WithdrawalDue(COMMISSION, date("2019-06-30")));
    }

    @Test
    void theRevocationItselfIsNotRetractedByHand() {
        fixture.given(withdrawnThen(retracted(1, "WithdrawalNoticeGiven", "2019-01-02"), revoked()))
                .when(retract(4))
                .expectNoEvents()
                .expectException(violates(Rule.DERIVED_FACT_NOT_RETRACTABLE));
    }

    @Test
    void refusesWhileATerminationLaterCountedTheCommissionAsGone() {
        // With the Commission gone METI's notice left one party and ended the agreement; with the
        // Commission a party it would have been METI's withdrawal: that notice is corrected first.
        TerminationNoticeGiven metiNotice = noticeGiven(terminate(METI, "2019-06-01", "2019-09-01"));
        fixture.given(withdrawnThen(metiNotice, terminated(metiNotice)))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void refusesWhileAnExtensionAfterTheWithdrawalLacksTheCommissionsConsent() {
        fixture.given(withdrawnThen(termExtended(extend("2021-02-01", "2021-02-10"))))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void refusesWhileAMeetingAfterTheWithdrawalWasHostedInTurnWithoutTheCommission() {
        fixture.given(withdrawnThen(hosted(BMWI, GERMANY, "2019-11-01")))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void aMeetingBeforeTheWithdrawalTookEffectDoesNotStandInTheWay() {
        fixture.given(withdrawnThen(hosted(BMWI, GERMANY, "2019-03-01")))
                .when(retract(1))
                .expectEvents(retracted(1, "WithdrawalNoticeGiven", "2019-01-02"), revoked());
    }
}
