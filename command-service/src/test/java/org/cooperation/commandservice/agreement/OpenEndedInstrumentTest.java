package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.DigitalPartnership.ID;
import static org.cooperation.commandservice.agreement.DigitalPartnership.MEITY;
import static org.cooperation.commandservice.agreement.DigitalPartnership.METI;
import static org.cooperation.commandservice.agreement.DigitalPartnership.noticeGiven;
import static org.cooperation.commandservice.agreement.DigitalPartnership.sign;
import static org.cooperation.commandservice.agreement.DigitalPartnership.signed;
import static org.cooperation.commandservice.agreement.DigitalPartnership.terminate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.command.RecordMilestone;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 3: an instrument that states no term is open-ended, in force until terminated. No expiry is
 * ever due, there is nothing to extend, and a notice ends it on the day it names, at least the
 * stated notice period after the notice (none stated means none).
 */
class OpenEndedInstrumentTest {

    private static final Instant SIGNING_DAY = Instant.parse("2018-10-29T09:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsTheSignatureWithoutATermAndSchedulesNoExpiry() {
        fixture.givenNoPriorActivity()
                .when(sign())
                .expectEvents(signed())
                .expectResultMessagePayload(0L)
                .expectNoScheduledDeadlines();
    }

    @Test
    void recordsNothingAsTimeGoesByForACentury() {
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign())
                .whenTimeElapses(Duration.ofDays(36_525))
                .expectNoEvents();
    }

    @Test
    void refusesAnExtensionWithARuleOfItsOwn() {
        fixture.given(signed())
                .when(new ExtendTerm(
                        ID,
                        List.of(
                                new Consent(METI, LocalDate.parse("2023-10-01"), "METI letter"),
                                new Consent(MEITY, LocalDate.parse("2023-10-02"), "MeitY letter"))))
                .expectNoEvents()
                .expectException(violates(Rule.OPEN_ENDED_NOT_EXTENSIBLE));
    }

    @Test
    void endsOnTheDayTheNoticeNamesWhenNoNoticePeriodIsStated() {
        TerminateWithNotice notice = terminate("2030-06-01", "2030-06-01");
        fixture.givenCurrentTime(Instant.parse("2030-06-01T09:00:00Z"))
                .andGiven(signed())
                .when(notice)
                .expectEvents(noticeGiven(notice))
                .expectScheduledDeadline(Instant.parse("2030-06-02T00:00:00Z"), new TerminationDue(notice.endsOn()));
    }

    @Test
    void terminatesTheDayAfterTheDayTheNoticeNames() {
        TerminateWithNotice notice = terminate("2030-06-01", "2030-06-30");
        fixture.givenCurrentTime(Instant.parse("2030-06-01T09:00:00Z"))
                .andGivenCommands(sign(), notice)
                .whenTimeAdvancesTo(Instant.parse("2030-07-01T00:00:00Z"))
                .expectEvents(new AgreementTerminated(ID, MEITY, notice.endsOn(), LocalDate.parse("2030-07-01")));
    }

    @Test
    void acceptsAnEndExactlyTheStatedNoticePeriodAfterTheNotice() {
        TerminateWithNotice notice = terminate("2025-12-01", "2026-03-01");
        fixture.given(signed(sign(90))).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void refusesAnEndADayShortOfTheStatedNoticePeriod() {
        fixture.given(signed(sign(90)))
                .when(terminate("2025-12-01", "2026-02-28"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_TOO_SHORT));
    }

    @Test
    void acceptsAnEndAnyDayLaterForThereIsNoTermToEndBefore() {
        TerminateWithNotice notice = terminate("2025-12-01", "2126-03-02");
        fixture.given(signed(sign(90))).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void acceptsAnEndOnTheDayBeforeTheLastDateOfTheCalendar() {
        TerminateWithNotice notice = terminate("2025-12-01", "9999-12-30");
        fixture.given(signed()).when(notice).expectEvents(noticeGiven(notice));
    }

    @Test
    void refusesAnEndOnTheLastDateOfTheCalendarForItsTerminationWouldHaveNoDate() {
        fixture.given(signed())
                .when(terminate("2025-12-01", "9999-12-31"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_BEYOND_CALENDAR));
    }

    @Test
    void acceptsAMilestoneAnyYearAfterTheSignature() {
        // A milestone is recorded once it has been reached: "today" is then 2060 or later.
        fixture.givenCurrentTime(Instant.parse("2060-01-01T09:00:00Z"))
                .andGiven(signed())
                .when(milestone("2060-01-01"))
                .expectEvents(new MilestoneRecorded(
                        ID, LocalDate.parse("2060-01-01"), "Startup Hub opens", null, null, List.of()));
    }

    @Test
    void refusesAMilestoneTheDayBeforeTheSignatureAndEffectiveDate() {
        fixture.given(signed())
                .when(milestone("2018-10-28"))
                .expectNoEvents()
                .expectException(violates(Rule.MILESTONE_BEFORE_SIGNATURE));
    }

    @Test
    void acceptsAMilestoneOnTheLastDayANoticeNames() {
        TerminateWithNotice notice = terminate("2030-06-01", "2030-06-30");
        fixture.givenCurrentTime(AFTER_2030)
                .andGiven(signed(), noticeGiven(notice))
                .when(milestone("2030-06-30"))
                .expectEvents(new MilestoneRecorded(
                        ID, LocalDate.parse("2030-06-30"), "Startup Hub opens", null, null, List.of()));
    }

    @Test
    void refusesAMilestoneTheDayAfterTheLastDayANoticeNames() {
        TerminateWithNotice notice = terminate("2030-06-01", "2030-06-30");
        fixture.givenCurrentTime(AFTER_2030)
                .andGiven(signed(), noticeGiven(notice))
                .when(milestone("2030-07-01"))
                .expectNoEvents()
                .expectException(violates(Rule.MILESTONE_OUTSIDE_PERIOD_IN_FORCE));
    }

    /** A "today" after the facts these tests date in 2030: what is recorded has happened. */
    private static final Instant AFTER_2030 = Instant.parse("2031-01-01T09:00:00Z");

    private static RecordMilestone milestone(String date) {
        return new RecordMilestone(ID, LocalDate.parse(date), "Startup Hub opens", null, null, List.of());
    }
}
