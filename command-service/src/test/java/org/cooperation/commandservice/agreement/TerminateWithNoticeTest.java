package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 5 and "Counting dates": notice on 2025-12-01 with 90 days ends the agreement after 2026-03-01
 * at the earliest; the extended term's last day is 2026-04-27. A notice entered after the expiry was
 * recorded is judged on its own dates ("Entering history late").
 */
class TerminateWithNoticeTest {

    private static final Instant NOTICE_DAY = Instant.parse("2025-12-01T09:00:00Z");
    /** The day a secretariat enters history years late. */
    private static final Instant ENTERED = Instant.parse("2026-11-21T10:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void acceptsNoticeExactlyNinetyDaysBeforeTheEnd() {
        TerminateWithNotice notice = terminate(METI, "2025-12-01", "2026-03-01");
        fixture.given(signed(), termExtended())
                .when(notice)
                .expectEvents(noticeGiven(notice))
                .expectResultMessagePayload(2L)
                .expectScheduledDeadline(Instant.parse("2026-03-02T00:00:00Z"), new TerminationDue(notice.endsOn()));
    }

    @Test
    void rejectsNoticeEightyNineDaysBeforeTheEnd() {
        fixture.given(signed(), termExtended())
                .when(terminate(METI, "2025-12-01", "2026-02-28"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_TOO_SHORT));
    }

    @Test
    void acceptsNoticeNinetyOneDaysBeforeTheEnd() {
        TerminateWithNotice notice = terminate(METI, "2025-12-01", "2026-03-02");
        fixture.given(signed(), termExtended()).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void acceptsAnEndTheDayBeforeTheTermsLastDay() {
        TerminateWithNotice notice = terminate(BMWI, "2025-12-01", "2026-04-26");
        fixture.given(signed(), termExtended()).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void acceptsAnEndOnTheTermsLastDay() {
        TerminateWithNotice notice = terminate(BMWI, "2025-12-01", "2026-04-27");
        fixture.given(signed(), termExtended()).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void rejectsAnEndTheDayAfterTheTermsLastDay() {
        fixture.given(signed(), termExtended())
                .when(terminate(BMWI, "2025-12-01", "2026-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_ENDS_AFTER_TERM));
    }

    @Test
    void rejectsNoticeFromSomeoneWhoIsNotAParty() {
        fixture.given(signed(), termExtended())
                .when(terminate(PartyCode.of("FR-MEF"), "2025-12-01", "2026-03-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }

    @Test
    void rejectsASecondNoticeWhileOneIsPending() {
        fixture.given(signed(), termExtended(), noticeGiven())
                .when(terminate(BMWI, "2025-12-02", "2026-04-01"))
                .expectNoEvents()
                .expectException(violates(Rule.TERMINATION_ALREADY_PENDING));
    }

    @Test
    void rejectsNoticeOnATerminatedAgreement() {
        fixture.given(signed(), termExtended(), noticeGiven(), terminated(noticeGiven()))
                .when(terminate(BMWI, "2026-01-05", "2026-04-27"))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_ENDED));
    }

    @Test
    void revokesARecordedExpiryWhenANoticeEnteredLaterPredatesIt() {
        // Given on 2021-01-27 with 90 days' notice: the earliest end is the term's last day, 2021-04-27.
        TerminateWithNotice lateEntry = terminate(METI, "2021-01-27", "2021-04-27");
        fixture.given(signed(), expired())
                .when(lateEntry)
                .expectEvents(
                        new ExpiryRevoked(
                                ID,
                                TERM_ENDS_ON.plusDays(1),
                                "a termination notice entered later, given by"
                                        + " JP-METI on 2021-01-27, ends the agreement after 2021-04-27, on or before the term's"
                                        + " last day 2021-04-27"),
                        noticeGiven(lateEntry))
                .expectResultMessagePayload(3L)
                .expectScheduledDeadline(Instant.parse("2021-04-28T00:00:00Z"), new TerminationDue(TERM_ENDS_ON));
    }

    @Test
    void keepsTheExpiryWhenTheLateNoticeWasADayTooShort() {
        fixture.given(signed(), expired())
                .when(terminate(METI, "2021-01-28", "2021-04-27"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_TOO_SHORT));
    }

    @Test
    void rejectsALateNoticeGivenAfterTheTermsLastDay() {
        fixture.given(signed(), expired())
                .when(terminate(METI, "2021-04-28", "2021-08-01"))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_ENDED));
    }

    @Test
    void endsAtOnceByTerminationWhenTheLateNoticeHasRunOut() {
        TerminateWithNotice lateEntry = terminate(METI, "2020-01-10", "2020-06-30");
        fixture.givenCurrentTime(ENTERED)
                .andGiven(signed(), expired())
                .andGivenCommands(lateEntry)
                .whenTimeAdvancesTo(ENTERED.plusSeconds(1))
                .expectEvents(terminated(noticeGiven(lateEntry)));
    }

    @Test
    void staysInForceOnTheNoticesLastDay() {
        fixture.givenCurrentTime(NOTICE_DAY)
                .andGivenCommands(
                        sign(), extend("2021-02-01", "2021-02-10"), terminate(METI, "2025-12-01", "2026-03-01"))
                .whenTimeAdvancesTo(Instant.parse("2026-03-01T23:59:59Z"))
                .expectNoEvents();
    }

    @Test
    void endsTheAgreementAtTheStartOfTheDayAfterTheNoticesLastDay() {
        fixture.givenCurrentTime(NOTICE_DAY)
                .andGivenCommands(
                        sign(), extend("2021-02-01", "2021-02-10"), terminate(METI, "2025-12-01", "2026-03-01"))
                .whenTimeAdvancesTo(Instant.parse("2026-03-02T00:00:00Z"))
                .expectEvents(terminated(noticeGiven()));
    }

    @Test
    void cancelsTheExpiryOnceTerminated() {
        fixture.givenCurrentTime(NOTICE_DAY)
                .andGivenCommands(
                        sign(), extend("2021-02-01", "2021-02-10"), terminate(METI, "2025-12-01", "2026-03-01"))
                .whenTimeAdvancesTo(Instant.parse("2026-03-02T00:00:00Z"))
                .expectNoScheduledDeadlines();
    }
}
