package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.Events.BMWI;
import static org.cooperation.queryservice.Events.COMMISSION;
import static org.cooperation.queryservice.Events.METI;
import static org.cooperation.queryservice.projection.state.Folds.fold;
import static org.cooperation.queryservice.projection.state.Folds.foldAsOf;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.deadline.Deadline;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;
import org.cooperation.queryservice.projection.deadline.Deadlines;
import org.junit.jupiter.api.Test;

/**
 * The read models' parties over time: each party's membership period, its names by date as of any
 * day, its pending withdrawal as a deadline, and the host whose turn it is among more than two.
 */
class PartiesOverTimeStateTest {

    private static final String ID = "jp-de-iot-2016";
    private static final String BMWK = "Federal Ministry for Economic Affairs and Climate Action";

    @Test
    void showsEachPartysMembershipPeriod() {
        List<AgreementEvent> history = List.of(
                Events.signed(ID),
                Events.acceded(ID, COMMISSION, "2018-01-01"),
                Events.withdrawalNoticeGiven(ID, METI, "2019-01-02", "2019-04-02"),
                Events.withdrew(ID, METI, "2019-04-02"));

        AgreementState now = foldAsOf(history, LocalDate.parse("2024-01-01"));

        assertThat(now.parties())
                .extracting(Member::code, Member::memberFrom, Member::memberUntil)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BMWI.code(), Events.SIGNED_ON, null),
                        org.assertj.core.groups.Tuple.tuple(
                                METI.code(), Events.SIGNED_ON, LocalDate.parse("2019-04-02")),
                        org.assertj.core.groups.Tuple.tuple(COMMISSION.code(), LocalDate.parse("2018-01-01"), null));
        Member commission = now.parties().get(2);
        assertThat(commission.kind()).isEqualTo(PartyKind.INTERNATIONAL_ORGANISATION);
        assertThat(commission.country()).isNull();
        assertThat(commission.accessionReference()).isEqualTo("Instrument of accession 2018-01-01");
    }

    @Test
    void showsAnAccessionFromItsDayOnly() {
        List<AgreementEvent> history = List.of(Events.signed(ID), Events.acceded(ID, COMMISSION, "2018-01-01"));

        assertThat(codes(foldAsOf(history, LocalDate.parse("2017-12-31")))).containsExactly(BMWI.code(), METI.code());
        assertThat(codes(foldAsOf(history, LocalDate.parse("2018-01-01"))))
                .containsExactly(BMWI.code(), METI.code(), COMMISSION.code());
    }

    @Test
    void showsAPendingWithdrawalUpToTheLastDayAndItsEndFromTheDayAfter() {
        List<AgreementEvent> history = List.of(
                Events.signed(ID),
                Events.acceded(ID, COMMISSION, "2018-01-01"),
                Events.withdrawalNoticeGiven(ID, METI, "2019-01-02", "2019-04-02"),
                Events.withdrew(ID, METI, "2019-04-02"));

        Member lastDay =
                foldAsOf(history, LocalDate.parse("2019-04-02")).parties().get(1);
        Member dayAfter =
                foldAsOf(history, LocalDate.parse("2019-04-03")).parties().get(1);

        assertThat(lastDay.pendingWithdrawal().endsOn()).isEqualTo(LocalDate.parse("2019-04-02"));
        assertThat(lastDay.memberUntil()).isNull();
        assertThat(dayAfter.pendingWithdrawal()).isNull();
        assertThat(dayAfter.memberUntil()).isEqualTo(LocalDate.parse("2019-04-02"));
    }

    @Test
    void listsAPendingWithdrawalAmongTheDeadlines() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.acceded(ID, COMMISSION, "2018-01-01"),
                Events.withdrawalNoticeGiven(ID, METI, "2019-01-02", "2019-04-02"));

        assertThat(Deadlines.of(state))
                .filteredOn(deadline -> deadline.kind() == DeadlineKind.PARTY_WITHDRAWAL_END)
                .extracting(Deadline::dueOn, Deadline::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2019-04-02"), METI.code()));
        assertThat(state.status()).isEqualTo(org.cooperation.agreement.api.AgreementStatus.IN_FORCE);
    }

    @Test
    void showsTheNameOfTheDayAsOfEachDay() {
        List<AgreementEvent> history = List.of(Events.signed(ID), Events.renamed(ID, BMWI, BMWK, "2021-12-08"));

        assertThat(foldAsOf(history, LocalDate.parse("2021-12-07"))
                        .parties()
                        .get(0)
                        .name())
                .isEqualTo(BMWI.name());
        Member renamed =
                foldAsOf(history, LocalDate.parse("2021-12-08")).parties().get(0);
        assertThat(renamed.name()).isEqualTo(BMWK);
        assertThat(renamed.names())
                .extracting(Member.Name::name, Member.Name::from)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BMWI.name(), Events.SIGNED_ON),
                        org.assertj.core.groups.Tuple.tuple(BMWK, LocalDate.parse("2021-12-08")));
    }

    @Test
    void bearsTheLatestNameWhateverOrderTheNamesWereEnteredIn() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.renamed(ID, BMWI, BMWK, "2021-12-08"),
                Events.renamed(ID, BMWI, "Federal Ministry of Economics and Technology", "2010-01-01"));

        assertThat(state.parties().get(0).name()).isEqualTo(BMWK);
    }

    @Test
    void expectsThePartyThatHasNotHostedAfterEuAndJapan() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.acceded(ID, COMMISSION, "2016-05-01"),
                Events.hostedBy(ID, COMMISSION, "2017-03-19", "BE"),
                Events.meeting(ID, "2018-03-19", "JP", "Tokyo"));

        assertThat(state.meetings().get(1).hostParty())
                .as("a meeting that named only Japan was hosted by the party of Japan")
                .isEqualTo(METI.code());
        assertThat(state.expectedHostParty()).isEqualTo(BMWI.code());
        assertThat(state.expectedHost()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void expectsNoHostFromAPartyThatWillHaveWithdrawnByTheDueDay() {
        AgreementState state = fold(
                Events.signed(ID),
                Events.acceded(ID, COMMISSION, "2016-05-01"),
                Events.hostedBy(ID, COMMISSION, "2017-03-19", "BE"),
                Events.meeting(ID, "2018-03-19", "JP", "Tokyo"),
                Events.withdrawalNoticeGiven(ID, BMWI, "2018-04-01", "2018-12-31"),
                Events.withdrew(ID, BMWI, "2018-12-31"));

        assertThat(state.expectedHostParty()).isEqualTo(COMMISSION.code());
        assertThat(state.expectedHost())
                .as("the Commission has no country of its own")
                .isNull();
    }

    private static List<PartyCode> codes(AgreementState state) {
        return state.parties().stream().map(Member::code).toList();
    }
}
