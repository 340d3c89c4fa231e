package org.cooperation.queryservice.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;
import org.junit.jupiter.api.Test;

/**
 * {@link AsOfFolds} answers, for every business date, what {@link CorrectedHistory} answers for the
 * events dated on or before it, whatever order the facts were entered in and whatever was retracted;
 * and a fact entered late into a long history costs folds in proportion to the history, not to its
 * square.
 */
class AsOfFoldsProperties {

    private static final String ID = "jp-de-iot-2016";
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Property(tries = 300)
    void answersAsTheFoldOfEachDatesEvents(
            @ForAll @IntRange(min = 1, max = 120) int size,
            @ForAll @IntRange(min = 0, max = 100) int latePercent,
            @ForAll long seed) {
        List<Timeline.Event> history = history(size, latePercent, true, new Random(seed));

        AsOfFolds folds = new AsOfFolds(history);
        for (LocalDate date : dates(history)) {
            assertThat(folds.asOf(date)).as("as of " + date).isEqualTo(foldOf(history, date));
        }
    }

    @Test
    void foldsAFactEnteredLateIntoALongHistoryInLinearTime() {
        int size = 5_000;
        List<Timeline.Event> history = new ArrayList<>(history(size, 0, false, new Random(7)));
        // A participant that joined the day after the signature, entered last.
        history.add(event(history.size(), Events.participant(ID, "Late Institute", "JP", "2016-04-29")));

        AsOfFolds folds = new AsOfFolds(history);
        dates(history).forEach(folds::asOf);

        // Each date folds its own events and the one entered late after them: about twice the
        // history (9,859 folds when written). Folding each date afresh took some 12 million.
        assertThat(folds.folds()).isLessThan(3L * history.size());
    }

    /**
     * A signature, then facts of kinds whose order matters to the state (contacts replace each
     * other, meetings move the next one due), each dated after the one before or, {@code
     * latePercent} times in a hundred, at any date since the signature; now and then, if {@code
     * retractions}, a retraction of an earlier fact, dated as that fact.
     */
    private static List<Timeline.Event> history(int size, int latePercent, boolean retractions, Random random) {
        List<Timeline.Event> history = new ArrayList<>();
        history.add(event(0, Events.signed(ID)));
        Set<Long> retractable = new HashSet<>();
        LocalDate latest = Events.SIGNED_ON;
        for (int sequence = 1; sequence <= size; sequence++) {
            if (retractions && !retractable.isEmpty() && random.nextInt(10) == 0) {
                List<Long> facts = new ArrayList<>(new TreeSet<>(retractable));
                long retracted = facts.get(random.nextInt(facts.size()));
                retractable.remove(retracted);
                Timeline.Event fact = history.get((int) retracted);
                history.add(event(
                        sequence,
                        new FactRetracted(
                                AgreementId.of(ID),
                                retracted,
                                fact.event().getClass().getSimpleName(),
                                fact.businessDate(),
                                "entered in error")));
                continue;
            }
            LocalDate date = random.nextInt(100) < latePercent
                    ? Events.SIGNED_ON.plusDays(random.nextInt(3_650))
                    : latest.plusDays(random.nextInt(30));
            latest = date.isAfter(latest) ? date : latest;
            history.add(event(sequence, fact(sequence, date, random)));
            retractable.add((long) sequence);
        }
        return history;
    }

    private static AgreementEvent fact(int sequence, LocalDate date, Random random) {
        String day = date.toString();
        return switch (random.nextInt(5)) {
            case 0 -> Events.contact(ID, random.nextBoolean() ? Events.BMWI : Events.METI, "Contact " + sequence, day);
            case 1 -> Events.meeting(ID, day, random.nextBoolean() ? "DE" : "JP", "City " + sequence);
            case 2 -> Events.participant(ID, "Institute " + sequence, "JP", day);
            case 3 -> Events.milestone(ID, day, "Milestone " + sequence);
            default -> Events.fieldAdded(ID, "Field " + sequence, date);
        };
    }

    private static Timeline.Event event(int sequence, AgreementEvent event) {
        return new Timeline.Event(sequence, event.businessDate(), event, START.plusSeconds(60L * sequence));
    }

    private static TreeSet<LocalDate> dates(List<Timeline.Event> history) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        history.forEach(event -> dates.add(event.businessDate()));
        return dates;
    }

    /** The as-of fold, as AgreementQuery takes it: the events dated on or before the day, in sequence order. */
    private static AgreementState foldOf(List<Timeline.Event> history, LocalDate day) {
        return Timeline.corrected(history.stream()
                .filter(event -> !event.businessDate().isAfter(day))
                .toList());
    }
}
