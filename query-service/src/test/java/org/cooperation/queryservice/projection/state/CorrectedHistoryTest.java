package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.deadline.Deadline;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;
import org.cooperation.queryservice.projection.deadline.Deadlines;
import org.junit.jupiter.api.Test;

/** Rule 17 on the read side: the state is the fold of the history without what it retracts. */
class CorrectedHistoryTest {

    private static final String ID = "jp-de-iot-2016";
    private static final Instant RECORDED = Instant.parse("2026-12-01T00:00:00Z");
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");

    @Test
    void leavesOutTheRetractedExtensionAndKeepsTheExpiryRecordedAfterIt() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.extended(ID, "2015-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                retraction(1, "TermExtended", "2021-02-10"),
                Events.expired(ID, TERM_END));

        assertThat(state.term().termEndsOn()).isEqualTo(TERM_END);
        assertThat(state.term().extensionsUsed()).isZero();
        assertThat(state.term().extensionsLeft()).isOne();
        assertThat(state.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(state.version()).isEqualTo(3);
    }

    @Test
    void reinstatesTheContactTheRetractedNominationReplaced() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.contact(ID, Events.BMWI, "Anna Schmidt", "2017-01-10"),
                Events.contact(ID, Events.BMWI, "Karl Meier", "2019-05-01"),
                retraction(2, "ContactNominated", "2019-05-01"));

        assertThat(state.contacts().get("DE-BMWI").name()).isEqualTo("Anna Schmidt");
    }

    @Test
    void removesARetractedMeetingSoThatTheNextIsDueAYearAfterThePreviousOne() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
                Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
                retraction(2, "AnnualMeetingRecorded", "2018-10-04"));

        assertThat(state.meetings())
                .extracting(AgreementState.Meeting::heldOn)
                .containsExactly(LocalDate.parse("2017-03-19"));
        assertThat(state.nextMeetingDue()).isEqualTo(LocalDate.parse("2018-03-19"));
    }

    @Test
    void revokesATerminationOnceItsNoticeIsRetracted() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.noticeGiven(ID, "2020-01-10", "2020-06-30"),
                Events.terminated(ID, "2020-06-30"),
                retraction(1, "TerminationNoticeGiven", "2020-01-10"),
                new TerminationRevoked(AgreementId.of(ID), LocalDate.parse("2020-07-01"), "notice retracted"));

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(state.pendingNotice()).isNull();
        assertThat(state.lastDayInForce()).isEqualTo(TERM_END);
    }

    @Test
    void showsAVoidedAgreementWithNoMeetingDue() {
        AgreementState state =
                fold(Events.signed(ID), new AgreementVoided(AgreementId.of(ID), Events.SIGNED_ON, "entered twice"));

        assertThat(state.status()).isEqualTo(AgreementStatus.VOIDED);
        assertThat(state.nextMeetingDue()).isNull();
    }

    @Test
    void leavesOutARetractedAccessionSoThePartyIsNoneOnAnyDay() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.acceded(ID, Events.COMMISSION, "2018-01-01"),
                retraction(1, "PartyAcceded", "2018-01-01"));

        assertThat(state.parties()).extracting(Member::code).doesNotContain(Events.COMMISSION.code());
        assertThat(state.parties()).hasSize(2);
    }

    @Test
    void leavesOutARetractedWithdrawalNoticeAndItsDeadlineNowAndAsOfItsDay() {
        AgreementEvent[] events = {
            Events.signed(ID),
            Events.acceded(ID, Events.COMMISSION, "2018-01-01"),
            Events.withdrawalNoticeGiven(ID, Events.COMMISSION, "2019-01-02", "2019-04-02"),
            retraction(2, "WithdrawalNoticeGiven", "2019-01-02")
        };
        AgreementState now = fold(events);
        // As of the notice's day: the retraction is dated on the fact it retracts, so both are folded.
        AgreementState asOfNotice = fold(Arrays.stream(events)
                .filter(event -> !event.businessDate().isAfter(LocalDate.parse("2019-01-02")))
                .toArray(AgreementEvent[]::new));

        for (AgreementState state : List.of(now, asOfNotice)) {
            assertThat(state.parties())
                    .allSatisfy(party -> assertThat(party.pendingWithdrawal()).isNull());
            assertThat(Deadlines.of(state))
                    .extracting(Deadline::kind)
                    .doesNotContain(DeadlineKind.PARTY_WITHDRAWAL_END);
        }
    }

    /**
     * The Commission's withdrawal took effect (a party until 2019-04-02), then its notice was retracted:
     * it is a party again now and as of any day, while the record as it stood before the correction
     * still shows the withdrawal.
     */
    @Test
    void showsThePartyOfARevokedWithdrawalAsOneNowAndAsOfAnyDayButNotAsRecordedBefore() {
        List<AgreementEvent> events = List.of(
                Events.signed(ID),
                Events.acceded(ID, Events.COMMISSION, "2018-01-01"),
                Events.withdrawalNoticeGiven(ID, Events.COMMISSION, "2019-01-02", "2019-04-02"),
                Events.withdrew(ID, Events.COMMISSION, "2019-04-02"),
                retraction(2, "WithdrawalNoticeGiven", "2019-01-02"),
                Events.withdrawalRevoked(ID, Events.COMMISSION, "2019-04-02"));
        Member now = commission(fold(events.toArray(AgreementEvent[]::new)));
        Member recordedBefore = commission(fold(events.subList(0, 4).toArray(AgreementEvent[]::new)));

        assertThat(now.memberUntil()).isNull();
        assertThat(now.pendingWithdrawal()).isNull();
        assertThat(now.isPartyOn(LocalDate.parse("2019-04-03"))).isTrue();
        for (String day : List.of("2019-03-01", "2019-04-02", "2019-04-03", "2020-01-01")) {
            Member asOf = commission(fold(events.stream()
                    .filter(event -> !event.businessDate().isAfter(LocalDate.parse(day)))
                    .toArray(AgreementEvent[]::new)));
            assertThat(asOf.memberUntil()).as(day).isNull();
            assertThat(asOf.pendingWithdrawal()).as(day).isNull();
        }
        assertThat(recordedBefore.memberUntil()).isEqualTo(LocalDate.parse("2019-04-02"));
        assertThat(recordedBefore.isPartyOn(LocalDate.parse("2019-04-03"))).isFalse();
        assertThat(Deadlines.of(fold(events.toArray(AgreementEvent[]::new))))
                .extracting(Deadline::kind)
                .doesNotContain(DeadlineKind.PARTY_WITHDRAWAL_END);
    }

    private static Member commission(AgreementState state) {
        return state.parties().stream()
                .filter(party -> party.code().equals(Events.COMMISSION.code()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void leavesOutARetractedNewNameSoTheEarlierOneHoldsOnEveryDay() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.renamed(
                        ID, Events.BMWI, "Federal Ministry for Economic Affairs and Climate Action", "2021-12-08"),
                retraction(1, "PartyRenamed", "2021-12-08"));

        Member bmwi = state.parties().stream()
                .filter(party -> party.code().equals(Events.BMWI.code()))
                .findFirst()
                .orElseThrow();
        assertThat(bmwi.name()).isEqualTo(Events.BMWI.name());
        assertThat(bmwi.names()).extracting(Member.Name::name).containsExactly(Events.BMWI.name());
    }

    @Test
    void foldsLikeTheProjectionWhenNothingIsRetracted() {
        AgreementEvent[] events = {
            Events.signed(ID),
            Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
            Events.contact(ID, Events.METI, "Policy Office", "2017-03-20")
        };
        AgreementState plain = null;
        CorrectedHistory corrected = new CorrectedHistory();
        for (int sequence = 0; sequence < events.length; sequence++) {
            plain = AgreementState.fold(plain, events[sequence], sequence, RECORDED);
            corrected.add(new CorrectedHistory.Recorded(events[sequence], sequence, RECORDED));
        }

        assertThat(corrected.fold()).isEqualTo(plain);
    }

    private static FactRetracted retraction(long sequence, String type, String on) {
        return new FactRetracted(AgreementId.of(ID), sequence, type, LocalDate.parse(on), "entered in error");
    }

    private static AgreementState fold(AgreementEvent... events) {
        CorrectedHistory history = new CorrectedHistory();
        for (int sequence = 0; sequence < events.length; sequence++) {
            history.add(new CorrectedHistory.Recorded(events[sequence], sequence, RECORDED));
        }
        return history.fold();
    }
}
