package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.EXTENDED_TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.noticeWithdrawn;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;
import static org.cooperation.commandservice.agreement.JointStatement.withdraw;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** METI's notice of 2025-12-01 (last day 2026-03-01) is taken back; the term runs on. */
class WithdrawTerminationNoticeTest {

    private static final Instant TERMINATION = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant AFTER_THE_EXTENDED_TERM = Instant.parse("2026-06-01T10:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void withdrawsAPendingNotice() {
        WithdrawTerminationNotice withdrawal = withdraw(METI, "2026-01-10");
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(withdrawal)
                .expectEvents(noticeWithdrawn(withdrawal))
                .expectResultMessagePayload(3L);
    }

    @Test
    void cancelsTheTerminationAndKeepsTheExpiry() {
        fixture.givenCommands(sign(), extend("2021-02-01", "2021-02-10"), terminate(METI, "2025-12-01", "2026-03-01"))
                .when(withdraw(METI, "2026-01-10"))
                .expectNoScheduledDeadlineOfType(TERMINATION, TerminationDue.class)
                .expectScheduledDeadline(Instant.parse("2026-04-28T00:00:00Z"), new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void ignoresTheTerminationOfAWithdrawnNotice() {
        fixture.givenCurrentTime(Instant.parse("2025-12-01T09:00:00Z"))
                .andGivenCommands(
                        sign(), extend("2021-02-01", "2021-02-10"), terminate(METI, "2025-12-01", "2026-03-01"))
                .andGiven(noticeWithdrawn(withdraw(METI, "2026-01-10")))
                .whenTimeAdvancesTo(TERMINATION)
                .expectNoEvents();
    }

    @Test
    void acceptsAWithdrawalOnTheNoticesLastDay() {
        WithdrawTerminationNotice withdrawal = withdraw(METI, "2026-03-01");
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(withdrawal)
                .expectEvents(noticeWithdrawn(withdrawal));
    }

    @Test
    void rejectsAWithdrawalTheDayAfterTheNoticesLastDay() {
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(withdraw(METI, "2026-03-02"))
                .expectNoEvents()
                .expectException(violates(Rule.WITHDRAWAL_OUTSIDE_NOTICE));
    }

    @Test
    void rejectsAWithdrawalDatedBeforeTheNotice() {
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(withdraw(METI, "2025-11-30"))
                .expectNoEvents()
                .expectException(violates(Rule.WITHDRAWAL_OUTSIDE_NOTICE));
    }

    @Test
    void rejectsAWithdrawalByThePartyThatDidNotGiveNotice() {
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(withdraw(BMWI, "2026-01-10"))
                .expectNoEvents()
                .expectException(violates(Rule.WITHDRAWAL_BY_OTHER_PARTY));
    }

    @Test
    void rejectsAWithdrawalWithoutAPendingNotice() {
        fixture.given(signed(), termExtended())
                .when(withdraw(METI, "2026-01-10"))
                .expectNoEvents()
                .expectException(violates(Rule.NO_TERMINATION_PENDING));
    }

    /** Rule 17 and history entered in any order: the withdrawal came in time, the termination recorded was wrong. */
    @Test
    void revokesTheTerminationWhenTheWithdrawalIsEnteredAfterIt() {
        WithdrawTerminationNotice withdrawal = withdraw(METI, "2026-02-01");
        fixture.givenCurrentTime(AFTER_THE_EXTENDED_TERM)
                .andGiven(signed(), termExtended(), noticeGiven(), terminated(noticeGiven()))
                .when(withdrawal)
                .expectEvents(
                        new TerminationRevoked(
                                ID,
                                LocalDate.parse("2026-03-02"),
                                "a withdrawal entered later,"
                                        + " dated 2026-02-01, took the notice back before it ended the agreement after 2026-03-01"),
                        noticeWithdrawn(withdrawal))
                .expectNoScheduledDeadlineOfType(TERMINATION, TerminationDue.class)
                .expectScheduledDeadline(Instant.parse("2026-04-28T00:00:00Z"), new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void expiresAtOnceWhenTheTermOfARevokedTerminationHasEnded() {
        fixture.givenCurrentTime(AFTER_THE_EXTENDED_TERM)
                .andGiven(signed(), termExtended(), noticeGiven(), terminated(noticeGiven()))
                .andGivenCommands(withdraw(METI, "2026-03-01"))
                .whenTimeElapses(Duration.ZERO)
                .expectEvents(new AgreementExpired(ID, EXTENDED_TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON.plusDays(1)));
    }

    @Test
    void rejectsAWithdrawalEnteredAfterTheTerminationButDatedAfterTheNoticesLastDay() {
        fixture.givenCurrentTime(AFTER_THE_EXTENDED_TERM)
                .andGiven(signed(), termExtended(), noticeGiven(), terminated(noticeGiven()))
                .when(withdraw(METI, "2026-03-02"))
                .expectNoEvents()
                .expectException(violates(Rule.WITHDRAWAL_OUTSIDE_NOTICE));
    }

    @Test
    void rejectsAWithdrawalAfterTheAgreementExpired() {
        fixture.givenCurrentTime(AFTER_THE_EXTENDED_TERM)
                .andGiven(
                        signed(),
                        termExtended(),
                        new AgreementExpired(ID, EXTENDED_TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON.plusDays(1)))
                .when(withdraw(METI, "2026-02-01"))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_ENDED));
    }

    @Test
    void acceptsANewNoticeAfterAWithdrawal() {
        fixture.given(signed(), termExtended(), noticeGiven(), noticeWithdrawn(withdraw(METI, "2026-01-10")))
                .when(terminate(BMWI, "2026-01-15", "2026-04-27"))
                .expectEvents(noticeGiven(terminate(BMWI, "2026-01-15", "2026-04-27")));
    }
}
