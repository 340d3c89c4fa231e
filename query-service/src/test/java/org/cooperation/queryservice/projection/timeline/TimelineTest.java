package org.cooperation.queryservice.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;
import org.junit.jupiter.api.Test;

/**
 * The timeline answers, for every business date and every recording instant, what the as-of fold
 * of the history answers (AgreementQuery's rule: events recorded by then, dated on or before the
 * day, folded in the order recorded), whether the events come in one batch or one by one.
 */
class TimelineTest {

    private static final String ID = "jp-de-iot-2016";
    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    /** Entered in the order it happened. */
    private static final List<AgreementEvent> IN_ORDER = List.of(
            Events.signed(ID),
            Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
            Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
            Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
            Events.noticeGiven(ID, "2025-12-01", "2026-03-01"));

    /** The demo data's story: the expiry recorded first, the meetings and the extension's letters entered later. */
    private static final List<AgreementEvent> LATE = List.of(
            Events.signed(ID),
            Events.expired(ID, TERM_END),
            Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
            Events.fieldAdded(ID, "Robotics", LocalDate.parse("2016-05-01")),
            Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
            Events.expiryRevoked(ID, TERM_END.plusDays(1)),
            Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1));

    /** Corrected: a meeting and an extension retracted (the extension replaced), then the whole agreement voided. */
    private static final List<AgreementEvent> CORRECTED = List.of(
            Events.signed(ID),
            Events.meeting(ID, "2017-03-19", "DE", "Hannover"),
            Events.meeting(ID, "2018-10-04", "JP", "Tokyo"),
            Events.extended(ID, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
            new FactRetracted(
                    AgreementId.of(ID), 1, "AnnualMeetingRecorded", LocalDate.parse("2017-03-19"), "held in 2018"),
            new FactRetracted(AgreementId.of(ID), 3, "TermExtended", LocalDate.parse("2021-02-10"), "a typo"),
            Events.extended(ID, "2021-02-01", "2021-02-12", TERM_END, new Term(5, 1, 5), 1),
            new AgreementVoided(AgreementId.of(ID), Events.SIGNED_ON, "entered twice"));

    @Test
    void answersAsTheFoldForCorrectedEvents() {
        assertAnswersAsTheFold(CORRECTED, true);
        assertAnswersAsTheFold(CORRECTED, false);
    }

    /** Parties over time entered in error and retracted: an accession, a withdrawal notice, a new name. */
    private static final List<AgreementEvent> PARTIES_CORRECTED = List.of(
            Events.signed(ID),
            Events.acceded(ID, Events.COMMISSION, "2018-01-01"),
            Events.withdrawalNoticeGiven(ID, Events.METI, "2019-01-02", "2019-04-02"),
            Events.renamed(ID, Events.BMWI, "Federal Ministry for Economic Affairs and Climate Action", "2021-12-08"),
            new FactRetracted(
                    AgreementId.of(ID), 2, "WithdrawalNoticeGiven", LocalDate.parse("2019-01-02"), "not sent"),
            new FactRetracted(AgreementId.of(ID), 3, "PartyRenamed", LocalDate.parse("2021-12-08"), "a typo"),
            // A correction with its replacement: the retraction, then the accession of the right day.
            new FactRetracted(AgreementId.of(ID), 1, "PartyAcceded", LocalDate.parse("2018-01-01"), "its date"),
            Events.acceded(ID, Events.COMMISSION, "2018-02-01"));

    @Test
    void answersAsTheFoldForRetractedPartyFacts() {
        assertAnswersAsTheFold(PARTIES_CORRECTED, true);
        assertAnswersAsTheFold(PARTIES_CORRECTED, false);
    }

    @Test
    void answersAsTheFoldForEventsEnteredInOrder() {
        assertAnswersAsTheFold(IN_ORDER, true);
        assertAnswersAsTheFold(IN_ORDER, false);
    }

    @Test
    void answersAsTheFoldForEventsEnteredLate() {
        assertAnswersAsTheFold(LATE, true);
        assertAnswersAsTheFold(LATE, false);
    }

    @Test
    void readsOnlyTheLastStepForEventsEnteredInOrderAndTheOthersForOneEnteredLate() {
        rows(IN_ORDER, false);
        assertThat(earlierReads).isZero();

        rows(LATE, false);
        assertThat(earlierReads).isPositive();
    }

    @Test
    void keepsOneOpenStepPerBusinessDateForEventsEnteredInOrder() {
        List<Step> rows = rows(IN_ORDER, false);

        assertThat(rows.stream().filter(step -> step.recordedTo() == null))
                .extracting(Step::validFrom)
                .containsExactly(
                        LocalDate.parse("2016-04-28"),
                        LocalDate.parse("2017-03-19"),
                        LocalDate.parse("2018-10-04"),
                        LocalDate.parse("2021-02-10"),
                        LocalDate.parse("2025-12-01"));
    }

    private static void assertAnswersAsTheFold(List<AgreementEvent> events, boolean oneBatch) {
        List<Step> rows = rows(events, oneBatch);
        for (int recorded = 0; recorded < events.size(); recorded++) {
            Instant at = instant(recorded);
            for (LocalDate day = LocalDate.parse("2016-04-20");
                    day.isBefore(LocalDate.parse("2027-01-01"));
                    day = day.plusDays(5)) {
                LocalDate d = day;
                List<Step> found = rows.stream()
                        .filter(step -> !step.validFrom().isAfter(d)
                                && (step.validTo() == null || step.validTo().isAfter(d))
                                && !step.recordedFrom().isAfter(at)
                                && (step.recordedTo() == null
                                        || step.recordedTo().isAfter(at)))
                        .toList();
                ListColumns expected = fold(events, recorded, d);
                if (expected == null) {
                    assertThat(found).as("before the signature, on " + d).isEmpty();
                } else {
                    assertThat(found)
                            .as("as of " + d + " as recorded after event " + recorded)
                            .hasSize(1);
                    assertThat(found.get(0).columns())
                            .as("as of " + d + " as recorded after event " + recorded)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** How often a timeline loaded by its last step read the steps before it. */
    private static int earlierReads;

    /** The rows stored after every event was applied, in one batch or each in a batch of its own. */
    private static List<Step> rows(List<AgreementEvent> events, boolean oneBatch) {
        earlierReads = 0;
        Map<Long, Step> table = new HashMap<>();
        long[] nextRowId = {1};
        Timeline timeline = new Timeline(ID, List.of());
        AgreementState state = null;
        List<Timeline.Event> history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            AgreementEvent event = events.get(i);
            history.add(new Timeline.Event(i, event.businessDate(), event, instant(i)));
            state = event instanceof FactRetracted
                    ? Timeline.corrected(history)
                    : AgreementState.fold(state, event, i, instant(i));
            List<Timeline.Event> soFar = List.copyOf(history);
            timeline.apply(i, event, instant(i), state, Timeline.upTo(() -> soFar));
            if (!oneBatch || i == events.size() - 1) {
                timeline.closed().forEach(step -> table.put(step.rowId(), step));
                for (Step added : timeline.added()) {
                    long rowId = nextRowId[0]++;
                    table.put(
                            rowId,
                            new Step(
                                    rowId,
                                    added.agreementId(),
                                    added.validFrom(),
                                    added.validTo(),
                                    added.recordedFrom(),
                                    added.recordedTo(),
                                    added.columns()));
                }
                // Loaded as the projection loads it: by its last open step, the others read only when needed.
                List<Step> open = table.values().stream()
                        .filter(step -> step.recordedTo() == null)
                        .sorted((a, b) -> a.validFrom().compareTo(b.validFrom()))
                        .toList();
                timeline = new Timeline(ID, open.isEmpty() ? null : open.get(open.size() - 1), () -> {
                    earlierReads++;
                    return open.subList(0, open.size() - 1);
                });
            }
        }
        return List.copyOf(table.values());
    }

    /**
     * AgreementQuery's as-of fold: events recorded by the {@code recorded}th, dated on or before
     * {@code day}, the facts retracted among them left out.
     */
    private static ListColumns fold(List<AgreementEvent> events, int recorded, LocalDate day) {
        if (events.get(0).businessDate().isAfter(day)) {
            return null;
        }
        CorrectedHistory history = new CorrectedHistory();
        for (int i = 0; i <= recorded; i++) {
            if (!events.get(i).businessDate().isAfter(day)) {
                history.add(new CorrectedHistory.Recorded(events.get(i), i, instant(i)));
            }
        }
        return ListColumns.of(Objects.requireNonNull(history.fold()));
    }

    private static Instant instant(int i) {
        return START.plusSeconds(60L * i);
    }
}
