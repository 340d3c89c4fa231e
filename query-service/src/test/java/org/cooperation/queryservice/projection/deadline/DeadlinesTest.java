package org.cooperation.queryservice.projection.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final String ID = "jp-de-iot-2016";
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    private static final Term FIVE_ONCE_FIVE = new Term(5, 1, 5);

    @Test
    void givesTheLastDayForNoticeNinetyDaysBeforeTheTermEnds() {
        var deadlines = Deadlines.of(fold(Events.signed(ID)));

        assertThat(on(deadlines, DeadlineKind.TERMINATION_NOTICE_LAST_DAY)).isEqualTo("2021-01-27");
        assertThat(on(deadlines, DeadlineKind.TERM_END)).isEqualTo("2021-04-27");
    }

    @Test
    void givesTheStatementsLastDayForNoticeAfterItsExtension() {
        var deadlines = Deadlines.of(
                fold(Events.signed(ID), Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, FIVE_ONCE_FIVE, 1)));

        // The example: found before only by trying dates until a 422 stopped.
        assertThat(on(deadlines, DeadlineKind.TERMINATION_NOTICE_LAST_DAY)).isEqualTo("2026-01-27");
        assertThat(on(deadlines, DeadlineKind.TERM_END)).isEqualTo("2026-04-27");
    }

    @Test
    void givesTheLastDayForConsentWhileAnExtensionIsLeft() {
        assertThat(on(Deadlines.of(fold(Events.signed(ID))), DeadlineKind.EXTENSION_CONSENT_LAST_DAY))
                .isEqualTo("2021-04-27");
    }

    @Test
    void givesNoLastDayForConsentOnceNoExtensionIsLeft() {
        var deadlines = Deadlines.of(
                fold(Events.signed(ID), Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, FIVE_ONCE_FIVE, 1)));

        assertThat(kinds(deadlines)).doesNotContain(DeadlineKind.EXTENSION_CONSENT_LAST_DAY);
    }

    @Test
    void givesTheNextMeetingAndItsHostAYearAfterTheLastMeeting() {
        var deadlines = Deadlines.of(fold(Events.signed(ID), Events.meeting(ID, "2017-03-19", "DE", "Hannover")));

        Deadline meeting = deadlines.stream()
                .filter(d -> d.kind() == DeadlineKind.ANNUAL_MEETING_DUE)
                .findFirst()
                .orElseThrow();
        assertThat(meeting.dueOn()).isEqualTo("2018-03-19");
        assertThat(meeting.expectedHost()).isEqualTo(CountryCode.of("JP"));
    }

    @Test
    void replacesTheTermsDeadlinesWithTheEndOfAPendingNotice() {
        var deadlines = Deadlines.of(fold(Events.signed(ID), Events.noticeGiven(ID, "2020-12-01", "2021-03-01")));

        assertThat(kinds(deadlines))
                .containsExactly(DeadlineKind.ANNUAL_MEETING_DUE, DeadlineKind.TERMINATION_NOTICE_END);
        assertThat(on(deadlines, DeadlineKind.TERMINATION_NOTICE_END)).isEqualTo("2021-03-01");
        assertThat(deadlines.get(1).party()).isEqualTo(Events.METI.code());
    }

    @Test
    void givesTheTermsDeadlinesBackWhenTheNoticeIsWithdrawn() {
        var deadlines = Deadlines.of(fold(
                Events.signed(ID),
                Events.noticeGiven(ID, "2020-12-01", "2021-03-01"),
                Events.noticeWithdrawn(ID, "2021-01-05")));

        assertThat(kinds(deadlines))
                .contains(DeadlineKind.TERMINATION_NOTICE_LAST_DAY, DeadlineKind.TERM_END)
                .doesNotContain(DeadlineKind.TERMINATION_NOTICE_END);
    }

    @Test
    void givesAnOpenEndedInstrumentNoDeadlineOfATermButItsMeetings() {
        var deadlines = Deadlines.of(fold(Events.signedOpenEnded("hannover-2017", LocalDate.parse("2017-03-19"), 180)));

        assertThat(kinds(deadlines)).containsExactly(DeadlineKind.ANNUAL_MEETING_DUE);
        assertThat(deadlines.get(0).dueOn()).isEqualTo("2018-03-19");
    }

    @Test
    void givesAnOpenEndedInstrumentTheEndItsNoticeNames() {
        var deadlines = Deadlines.of(fold(
                Events.signedOpenEnded("hannover-2017", LocalDate.parse("2017-03-19"), 180),
                Events.noticeGiven("hannover-2017", "2024-01-10", "2024-12-31")));

        assertThat(on(deadlines, DeadlineKind.TERMINATION_NOTICE_END)).isEqualTo("2024-12-31");
        assertThat(kinds(deadlines)).doesNotContain(DeadlineKind.TERM_END, DeadlineKind.TERMINATION_NOTICE_LAST_DAY);
    }

    @Test
    void givesNoneOnceTheAgreementHasEnded() {
        assertThat(Deadlines.of(fold(Events.signed(ID), Events.expired(ID, TERM_END))))
                .isEmpty();
        assertThat(Deadlines.of(fold(
                        Events.signed(ID),
                        Events.noticeGiven(ID, "2020-12-01", "2021-03-01"),
                        Events.terminated(ID, "2021-03-01"))))
                .isEmpty();
    }

    /** Entered in error as a whole, it never was in force: nothing of it falls due, not even a meeting. */
    @Test
    void givesNoneForAVoidedAgreement() {
        assertThat(Deadlines.of(fold(
                        Events.signed(ID),
                        Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
                        new AgreementVoided(AgreementId.of(ID), Events.SIGNED_ON, "entered twice"))))
                .isEmpty();
    }

    @Test
    void givesNoLastDayForNoticeWhenTheNoticePeriodReachesBackBeforeTheSignature() {
        // A year's term from 2016-04-28 lasts to 2017-04-27; 365 days' notice would have to come on 2016-04-27.
        AgreementSigned signed = signedWith(new Term(1, 0, 0), 365);
        assertThat(kinds(Deadlines.of(fold(signed)))).doesNotContain(DeadlineKind.TERMINATION_NOTICE_LAST_DAY);
        // 364 days' notice: the day of the signature itself is still a day to give notice on.
        assertThat(on(Deadlines.of(fold(signedWith(new Term(1, 0, 0), 364))), DeadlineKind.TERMINATION_NOTICE_LAST_DAY))
                .isEqualTo("2016-04-28");
    }

    @Test
    void givesNoMeetingWhenMeetingsAreNotAnnual() {
        AgreementSigned signed = Events.signed(ID);
        AgreementSigned withoutMeetings = new AgreementSigned(
                signed.agreementId(),
                signed.title(),
                signed.kind(),
                signed.parties(),
                signed.signedOn().earliest(),
                signed.place(),
                signed.effectiveFrom().earliest(),
                signed.term(),
                signed.termEndsOn(),
                signed.terminationNoticeDays(),
                null,
                signed.fieldsOfCooperation(),
                signed.financialArrangement());

        assertThat(kinds(Deadlines.of(fold(withoutMeetings)))).doesNotContain(DeadlineKind.ANNUAL_MEETING_DUE);
    }

    @Test
    void listsThemInDateOrder() {
        var deadlines = Deadlines.of(fold(Events.signed(ID), Events.meeting(ID, "2020-03-01", "DE", "Berlin")));

        assertThat(deadlines).extracting(Deadline::dueOn).isSorted();
        assertThat(kinds(deadlines))
                .containsExactly(
                        DeadlineKind.TERMINATION_NOTICE_LAST_DAY,
                        DeadlineKind.ANNUAL_MEETING_DUE,
                        DeadlineKind.EXTENSION_CONSENT_LAST_DAY,
                        DeadlineKind.TERM_END);
    }

    private static AgreementSigned signedWith(Term term, int noticeDays) {
        LocalDate effective = LocalDate.parse("2016-04-28");
        return new AgreementSigned(
                AgreementId.of(ID),
                "Short memorandum",
                AgreementKind.MEMORANDUM_OF_COOPERATION,
                List.of(Events.BMWI, Events.METI),
                effective,
                "Tokyo",
                effective,
                term,
                term.initialEnd(effective),
                noticeDays,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true),
                List.of(),
                null);
    }

    private static LocalDate on(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream()
                .filter(d -> d.kind() == kind)
                .map(Deadline::dueOn)
                .findFirst()
                .orElse(null);
    }

    private static List<DeadlineKind> kinds(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::kind).toList();
    }

    private static AgreementState fold(AgreementEvent... events) {
        AgreementState state = null;
        for (int i = 0; i < events.length; i++) {
            state = AgreementState.fold(state, events[i], i, Instant.parse("2024-01-01T00:00:00Z"));
        }
        return state;
    }
}
