package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cooperation.queryservice.projection.state.Folds.fold;
import static org.cooperation.queryservice.projection.state.Folds.foldAsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.queryservice.Events;
import org.junit.jupiter.api.Test;

class AgreementStateTest {

    private static final String ID = "jp-de-iot-2016";
    private static final Instant RECORDED = Instant.parse("2024-01-01T00:00:00Z");
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");

    @Test
    void startsInForceWithTheWholeTermAtSignature() {
        AgreementState state = fold(Events.signed(ID));

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.term().termEndsOn()).isEqualTo(TERM_END);
        assertThat(state.lastDayInForce()).isEqualTo(TERM_END);
        assertThat(state.financialArrangement())
                .isEqualTo("Each side bears its own costs unless otherwise approved in writing.");
        assertThat(state.version()).isZero();
    }

    @Test
    void startsInForceWithoutAnyLastDayWhenTheInstrumentStatesNoTerm() {
        AgreementState state = fold(Events.signedOpenEnded(ID, LocalDate.parse("2017-03-19"), 0));

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.term().openEnded()).isTrue();
        assertThat(state.term().termEndsOn()).isNull();
        assertThat(state.term().extensionsLeft()).isZero();
        assertThat(state.lastDayInForce()).isNull();
        assertThat(state.nextMeetingDue()).isEqualTo(LocalDate.parse("2018-03-19"));
    }

    @Test
    void keepsMeetingsDueYearAfterYearUntilANoticeNamesTheLastDay() {
        AgreementState open = fold(
                Events.signedOpenEnded(ID, LocalDate.parse("2017-03-19"), 0),
                Events.meeting(ID, "2050-03-01", "JP", "Tokyo"));
        AgreementState noticed = fold(
                Events.signedOpenEnded(ID, LocalDate.parse("2017-03-19"), 0),
                Events.meeting(ID, "2050-03-01", "JP", "Tokyo"),
                Events.noticeGiven(ID, "2050-06-01", "2051-02-28"));

        assertThat(open.nextMeetingDue()).isEqualTo(LocalDate.parse("2051-03-01"));
        assertThat(noticed.lastDayInForce()).isEqualTo(LocalDate.parse("2051-02-28"));
        assertThat(noticed.nextMeetingDue())
                .as("due the day after the last day in force")
                .isNull();
    }

    @Test
    void isSignedButNotYetInForceUntilTheEffectiveDate() {
        AgreementState state =
                fold(Events.signedToTakeEffect(ID, LocalDate.parse("2016-04-28"), LocalDate.parse("2016-06-01")));

        assertThat(state.on(LocalDate.parse("2016-05-31")).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.on(LocalDate.parse("2016-06-01")).status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.on(LocalDate.parse("2016-06-02")).status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void keepsAnEndedStatusWhateverTheDay() {
        AgreementState state = fold(Events.signed(ID), Events.expired(ID, TERM_END));

        assertThat(state.on(LocalDate.parse("2016-04-27")).status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void refusesAnythingButASignatureFirst() {
        assertThatThrownBy(() -> AgreementState.fold(null, Events.fieldAdded(ID, "Robotics"), 0, RECORDED))
                .isInstanceOf(AgreementState.RecordOutOfPlaceException.class);
    }

    @Test
    void refusesAnEventItHasNoRuleForInsteadOfOnlyMovingTheVersion() {
        // The published language is sealed: a type without a rule can only come from a new permitted
        // type (see the test below); null is the one value a test can pass that no rule matches.
        assertThatThrownBy(() -> fold(Events.signed(ID), null))
                .isInstanceOf(AgreementState.NoRuleForEventException.class)
                .hasMessageContaining("no rule for event type null of " + ID);
    }

    @Test
    void hasARuleForEveryEventTypeOfThePublishedLanguage() {
        List<AgreementEvent> samples = List.of(
                Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                Events.noticeGiven(ID, "2020-01-01", "2020-07-01"),
                Events.noticeWithdrawn(ID, "2020-02-01"),
                Events.terminated(ID, "2020-07-01"),
                Events.expired(ID, TERM_END),
                Events.expiryRevoked(ID, TERM_END.plusDays(1)),
                Events.meeting(ID, "2017-04-28", "JP", "Tokyo"),
                Events.contact(ID, Events.METI, "Sato", "2017-01-01"),
                Events.participant(ID, "Fraunhofer", "DE", "2017-01-01"),
                Events.fieldAdded(ID, "Robotics"),
                Events.milestone(ID, "2017-01-01", "Test bed"),
                Events.link(ID, "jp-de-iot-2020", Relation.BUILDS_ON, "2020-01-01"),
                Events.programmeLaunched(ID, "vulcanus", "Vulcanus in Japan", "2017"),
                Events.programmeYear(ID, "vulcanus", 2018, 35, 800),
                Events.programmeClosed(ID, "vulcanus", "2019-08"),
                Events.acceded(ID, Events.COMMISSION, "2018-01-01"),
                Events.withdrawalNoticeGiven(ID, Events.METI, "2019-01-02", "2019-04-02"),
                Events.withdrew(ID, Events.METI, "2019-04-02"),
                Events.withdrawalRevoked(ID, Events.METI, "2019-04-02"),
                Events.renamed(
                        ID, Events.BMWI, "Federal Ministry for Economic Affairs and Climate Action", "2021-12-08"),
                new TerminationRevoked(AgreementId.of(ID), LocalDate.parse("2020-07-02"), "notice withdrawn in time"),
                new FactRetracted(
                        AgreementId.of(ID),
                        1,
                        "FieldOfCooperationAdded",
                        LocalDate.parse("2017-01-01"),
                        "entered in error"),
                new AgreementVoided(AgreementId.of(ID), Events.SIGNED_ON, "entered twice"));
        // A new type of event needs a sample here (the signature's rule is shown above).
        assertThat(samples.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AgreementEvent.class.getPermittedSubclasses())
                        .filter(type -> type != AgreementSigned.class)
                        .toList());

        for (AgreementEvent event : samples) {
            // Figures and a closing need the programme they name.
            boolean ofAProgramme = event instanceof ProgrammeYearRecorded || event instanceof ProgrammeClosed;
            AgreementState state = ofAProgramme
                    ? fold(
                            Events.signed(ID),
                            Events.programmeLaunched(ID, "vulcanus", "Vulcanus in Japan", "2017"),
                            event)
                    : fold(Events.signed(ID), event);
            assertThat(state.version()).as(event.getClass().getSimpleName()).isEqualTo(ofAProgramme ? 2 : 1);
        }
    }

    @Test
    void showsProgrammesWithTheirDatesAsGivenAndTheirYearsInCalendarOrder() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.programmeLaunched(ID, "minerva", "Minerva fellowships", "2018-10"),
                Events.programmeLaunched(ID, "vulcanus", "Vulcanus in Japan", "2017"),
                Events.programmeYear(ID, "vulcanus", 2019, 40, 810),
                Events.programmeYear(ID, "vulcanus", 2018, 35, null),
                Events.programmeClosed(ID, "minerva", "2020"));

        assertThat(state.programmes())
                .extracting(
                        p -> p.programmeId().value(),
                        p -> String.valueOf(p.launchedOn()),
                        p -> String.valueOf(p.closedOn()))
                .containsExactly(tuple("vulcanus", "2017", "null"), tuple("minerva", "2018-10", "2020"));
        assertThat(state.programmes().get(0).years())
                .extracting(AgreementState.ProgrammeYear::year, AgreementState.ProgrammeYear::applicants)
                .containsExactly(tuple(2018, null), tuple(2019, 810));
    }

    @Test
    void refusesFiguresOfAProgrammeNeverLaunched() {
        assertThatThrownBy(() -> fold(Events.signed(ID), Events.programmeYear(ID, "vulcanus", 2018, 35, 800)))
                .isInstanceOf(AgreementState.RecordOutOfPlaceException.class);
    }

    @Test
    void refusesASecondSignature() {
        assertThatThrownBy(() -> fold(Events.signed(ID), Events.signed(ID)))
                .isInstanceOf(AgreementState.RecordOutOfPlaceException.class);
    }

    @Test
    void endsOnTheDayBeforeTheExpiryWasRecordedAsOf() {
        AgreementState state = fold(Events.signed(ID), Events.expired(ID, TERM_END));

        assertThat(state.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(state.endedOn()).isEqualTo(LocalDate.parse("2021-04-28"));
        assertThat(state.lastDayInForce()).isEqualTo(TERM_END);
    }

    @Test
    void staysInForceUntilTheLastDayOfTheTermAndIsExpiredFromTheDayAfter() {
        // Never extended nor terminated; each as-of view folds the events dated on or before its day.
        List<AgreementEvent> recorded = List.of(Events.signed(ID), Events.expired(ID, TERM_END));

        AgreementState dayBeforeLastDay = foldAsOf(recorded, LocalDate.parse("2021-04-26"));
        AgreementState lastDay = foldAsOf(recorded, LocalDate.parse("2021-04-27"));
        AgreementState dayAfter = foldAsOf(recorded, LocalDate.parse("2021-04-28"));

        assertThat(dayBeforeLastDay.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(lastDay.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(lastDay.lastDayInForce()).isEqualTo(LocalDate.parse("2021-04-27"));
        assertThat(dayAfter.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(dayAfter.endedOn()).isEqualTo(LocalDate.parse("2021-04-28"));
        assertThat(dayAfter.lastDayInForce()).isEqualTo(LocalDate.parse("2021-04-27"));
    }

    @Test
    void endsATermThatBeganOn29FebruaryOnTheLastDayOfFebruary() {
        AgreementSigned signed =
                Events.signed(ID, LocalDate.parse("2016-02-29"), List.of(Events.BMWI, Events.METI), List.of());
        LocalDate lastDayInForce = LocalDate.parse("2021-02-28");
        List<AgreementEvent> recorded = List.of(signed, Events.expired(ID, lastDayInForce));

        AgreementState dayBeforeLastDay = foldAsOf(recorded, LocalDate.parse("2021-02-27"));
        AgreementState lastDay = foldAsOf(recorded, lastDayInForce);
        AgreementState dayAfter = foldAsOf(recorded, LocalDate.parse("2021-03-01"));

        assertThat(lastDay.term().termEndsOn()).isEqualTo(lastDayInForce);
        assertThat(lastDay.lastDayInForce()).isEqualTo(lastDayInForce);
        assertThat(dayBeforeLastDay.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(lastDay.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(dayAfter.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(dayAfter.endedOn()).isEqualTo(LocalDate.parse("2021-03-01"));
        assertThat(dayAfter.lastDayInForce()).isEqualTo(lastDayInForce);
    }

    @Test
    void returnsToForceWithTheLaterTermWhenTheExpiryIsRevoked() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.expired(ID, TERM_END),
                Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                Events.expiryRevoked(ID, TERM_END.plusDays(1)));

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.endedOn()).isNull();
        assertThat(state.lastDayInForce()).isEqualTo(LocalDate.parse("2026-04-27"));
        assertThat(state.term().extensionsLeft()).isZero();
    }

    @Test
    void endsOnTheDayThePendingNoticeNames() {
        AgreementState pending = fold(Events.signed(ID), Events.noticeGiven(ID, "2020-12-01", "2021-03-01"));
        AgreementState withdrawn = fold(
                Events.signed(ID),
                Events.noticeGiven(ID, "2020-12-01", "2021-03-01"),
                Events.noticeWithdrawn(ID, "2021-01-05"));
        AgreementState terminated = fold(
                Events.signed(ID),
                Events.noticeGiven(ID, "2020-12-01", "2021-03-01"),
                Events.terminated(ID, "2021-03-01"));

        assertThat(pending.status()).isEqualTo(AgreementStatus.TERMINATION_PENDING);
        assertThat(pending.lastDayInForce()).isEqualTo(LocalDate.parse("2021-03-01"));
        assertThat(withdrawn.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(withdrawn.lastDayInForce()).isEqualTo(TERM_END);
        assertThat(terminated.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(terminated.lastDayInForce()).isEqualTo(LocalDate.parse("2021-03-01"));
    }

    @Test
    void endsByTerminationWhenANoticeEnteredLateRevokesTheExpiry() {
        // Recorded in this order; each as-of view folds the events dated on or before its day.
        List<AgreementEvent> recorded = List.of(
                Events.signed(ID),
                Events.expired(ID, TERM_END),
                Events.expiryRevoked(ID, TERM_END.plusDays(1)),
                Events.noticeGiven(ID, "2020-01-10", "2020-06-30"),
                Events.terminated(ID, "2020-06-30"));

        AgreementState now = foldAsOf(recorded, LocalDate.parse("2026-11-21"));
        AgreementState beforeNotice = foldAsOf(recorded, LocalDate.parse("2020-01-09"));
        AgreementState noticeGiven = foldAsOf(recorded, LocalDate.parse("2020-01-10"));
        AgreementState lastDay = foldAsOf(recorded, LocalDate.parse("2020-06-30"));
        AgreementState dayAfter = foldAsOf(recorded, LocalDate.parse("2020-07-01"));
        AgreementState dayTheExpiryClaimed = foldAsOf(recorded, TERM_END.plusDays(1));

        assertThat(now.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(now.endedOn()).isEqualTo(LocalDate.parse("2020-07-01"));
        assertThat(beforeNotice.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(noticeGiven.status()).isEqualTo(AgreementStatus.TERMINATION_PENDING);
        assertThat(lastDay.status()).isEqualTo(AgreementStatus.TERMINATION_PENDING);
        assertThat(dayAfter.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(dayTheExpiryClaimed.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(dayTheExpiryClaimed.lastDayInForce()).isEqualTo(LocalDate.parse("2020-06-30"));
    }

    @Test
    void makesAMeetingOverdueFromTheDayAfterItWasDue() {
        AgreementState state = fold(Events.signed(ID), Events.meeting(ID, "2017-03-19", "DE", "Hannover"));

        assertThat(state.nextMeetingDue()).isEqualTo(LocalDate.parse("2018-03-19"));
        assertThat(state.meetingOverdue(LocalDate.parse("2018-03-18"))).isFalse();
        assertThat(state.meetingOverdue(LocalDate.parse("2018-03-19"))).isFalse();
        assertThat(state.meetingOverdue(LocalDate.parse("2018-03-20"))).isTrue();
    }

    @Test
    void expectsTheFirstMeetingAYearAfterTheEffectiveDate() {
        AgreementState state = fold(Events.signed(ID));

        assertThat(state.nextMeetingDue()).isEqualTo(LocalDate.parse("2017-04-28"));
        assertThat(state.expectedHost()).isNull();
        assertThat(state.meetingOverdue(LocalDate.parse("2017-04-28"))).isFalse();
        assertThat(state.meetingOverdue(LocalDate.parse("2017-04-29"))).isTrue();
    }

    @Test
    void neverMakesAMeetingOverdueThatFallsDueAfterTheLastDayInForce() {
        AgreementState dueOnLastDay = fold(Events.signed(ID), Events.meeting(ID, "2020-04-27", "DE", "Berlin"));
        AgreementState dueAfterLastDay = fold(Events.signed(ID), Events.meeting(ID, "2020-04-28", "DE", "Berlin"));
        AgreementState dueAfterNoticeEnds = fold(
                Events.signed(ID),
                Events.meeting(ID, "2019-06-01", "DE", "Berlin"),
                Events.noticeGiven(ID, "2020-01-10", "2020-05-31"));

        assertThat(dueOnLastDay.meetingOverdue(LocalDate.parse("2021-04-28"))).isTrue();
        assertThat(dueAfterLastDay.meetingOverdue(LocalDate.parse("2021-04-29")))
                .isFalse();
        assertThat(dueAfterNoticeEnds.meetingOverdue(LocalDate.parse("2020-06-02")))
                .isFalse();
    }

    @Test
    void expectsNoMeetingAfterTheLastDayInForce() {
        AgreementState dueOnLastDay = fold(Events.signed(ID), Events.meeting(ID, "2020-04-27", "DE", "Berlin"));
        AgreementState dueTheDayAfter = fold(Events.signed(ID), Events.meeting(ID, "2020-04-28", "DE", "Berlin"));

        assertThat(dueOnLastDay.nextMeetingDue()).isEqualTo(TERM_END);
        assertThat(dueOnLastDay.expectedHost()).isEqualTo(CountryCode.of("JP"));
        assertThat(dueTheDayAfter.nextMeetingDue()).isNull();
        assertThat(dueTheDayAfter.expectedHost()).isNull();
    }

    @Test
    void expectsNoMeetingOnceTheAgreementEnded() {
        // The first meeting was due on 2017-04-28 and never held; once ended, nothing more is due.
        AgreementState expired = fold(
                Events.signed(ID), Events.meeting(ID, "2017-03-19", "DE", "Hannover"), Events.expired(ID, TERM_END));
        AgreementState terminated = fold(
                Events.signed(ID),
                Events.noticeGiven(ID, "2017-01-10", "2017-06-30"),
                Events.terminated(ID, "2017-06-30"));

        assertThat(expired.nextMeetingDue()).isNull();
        assertThat(expired.expectedHost()).isNull();
        assertThat(terminated.nextMeetingDue()).isNull();
    }

    @Test
    void neverMakesAMeetingOverdueOnceTheAgreementEnded() {
        AgreementState state = fold(Events.signed(ID), Events.expired(ID, TERM_END));

        assertThat(state.meetingOverdueFrom()).isNull();
        assertThat(state.meetingOverdue(LocalDate.parse("2021-05-01"))).isFalse();
    }

    @Test
    void expectsTheOtherPartyToHostAfterTheLatestMeeting() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
                Events.meeting(ID, "2018-10-04", "JP", "Tokyo"));

        assertThat(state.expectedHost()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void placesAMeetingEnteredLateWhereItWasHeld() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
                Events.meeting(ID, "2017-03-19", "DE", "Hannover"));

        assertThat(state.meetings())
                .extracting(AgreementState.Meeting::heldOn)
                .containsExactly(LocalDate.parse("2017-03-19"), LocalDate.parse("2018-10-04"));
        assertThat(state.nextMeetingDue()).isEqualTo(LocalDate.parse("2019-10-04"));
        assertThat(state.expectedHost()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void keepsTheLaterNominationWhenAnEarlierOneIsEnteredAfterIt() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.contact(ID, Events.BMWI, "Anna Schmidt", "2020-01-10"),
                Events.contact(ID, Events.BMWI, "Karl Meier", "2017-01-09"));

        assertThat(state.contacts().get("DE-BMWI").name()).isEqualTo("Anna Schmidt");
    }

    @Test
    void replacesAContactWithOneNominatedOnTheSameDayOrLater() {
        AgreementState sameDay = fold(
                Events.signed(ID),
                Events.contact(ID, Events.BMWI, "Anna Schmidt", "2020-01-10"),
                Events.contact(ID, Events.BMWI, "Jonas Weber", "2020-01-10"));
        AgreementState later = fold(
                Events.signed(ID),
                Events.contact(ID, Events.BMWI, "Anna Schmidt", "2020-01-10"),
                Events.contact(ID, Events.BMWI, "Jonas Weber", "2020-01-11"));

        assertThat(sameDay.contacts().get("DE-BMWI").name()).isEqualTo("Jonas Weber");
        assertThat(later.contacts().get("DE-BMWI").name()).isEqualTo("Jonas Weber");
    }

    @Test
    void foldsToTheSameStateWhateverOrderDatedFactsWereEnteredIn() {
        List<AgreementEvent> facts = List.of(
                Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
                Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
                Events.contact(ID, Events.BMWI, "Karl Meier", "2017-01-09"),
                Events.contact(ID, Events.BMWI, "Anna Schmidt", "2020-01-10"),
                Events.contact(ID, Events.METI, "Yuki Tanaka", "2016-06-01"),
                Events.participant(ID, "AIST", "JP", "2017-03-19"),
                Events.participant(ID, "DFKI", "DE", "2016-11-02"),
                Events.fieldAdded(ID, "Automobile industry", LocalDate.parse("2017-03-19")),
                Events.fieldAdded(ID, "Robotics", LocalDate.parse("2016-10-01")),
                Events.milestone(ID, "2017-03-19", "AIST and DFKI sign MoC on AI"),
                Events.milestone(ID, "2016-12-01", "First joint workshop"));
        List<AgreementEvent> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);

        AgreementState inOrder = foldAll(facts);
        AgreementState backwards = foldAll(reversed);

        assertThat(backwards.meetings()).isEqualTo(inOrder.meetings());
        assertThat(backwards.contacts()).isEqualTo(inOrder.contacts());
        assertThat(backwards.participants()).isEqualTo(inOrder.participants());
        assertThat(backwards.fieldsOfCooperation()).isEqualTo(inOrder.fieldsOfCooperation());
        assertThat(backwards.milestones()).isEqualTo(inOrder.milestones());
        assertThat(inOrder.fieldsOfCooperation())
                .extracting(AgreementState.Field::name)
                .containsExactly(
                        "Industrial cyber security",
                        "International standardization",
                        "Robotics",
                        "Automobile industry");
    }

    private static AgreementState foldAll(List<AgreementEvent> facts) {
        List<AgreementEvent> events = new ArrayList<>();
        events.add(Events.signed(ID));
        events.addAll(facts);
        return fold(events.toArray(AgreementEvent[]::new));
    }
}
