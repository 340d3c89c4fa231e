package org.cooperation.queryservice.projection.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;

/**
 * The as-of folds of one history for business dates taken in ascending order: the state of each
 * date is {@link CorrectedHistory}'s fold of the events dated on or before it, in sequence order, the
 * facts retracted among them left out. Each event enters once its date is reached.
 *
 * <p>Why not fold each date's events afresh: an agreement whose history spans thousands of business
 * dates would cost one fold of its history per date, and one fact entered late (a participant that
 * joined years ago, say) would hold the projection, and every reader waiting on it, for seconds to
 * minutes. Here an event that enters after every event before it in sequence (the usual case) is
 * folded onto the state so far. One that enters before some of them (entered later, dated earlier)
 * is folded from a state kept at or before its place: the state just after the event entered last,
 * where the next event of a history entered in order goes, ahead of the few entered late; or else
 * one of those kept every {@value #KEPT_EVERY} events. So a date costs its own events and the
 * late ones after them, and memory holds a state per {@value #KEPT_EVERY} events. A retraction is
 * dated as the fact it retracts, so the two enter together and the fold leaves the fact out; should
 * a fact have been folded already, the fold goes back to it.
 */
final class AsOfFolds {

    private static final int KEPT_EVERY = 32;

    /** The history's events by business date, those without one first; those before {@link #next} have entered. */
    private final List<Timeline.Event> byDate;

    private int next;

    /** The events entered so far, in sequence order. */
    private final List<Timeline.Event> entered = new ArrayList<>();

    private final Set<Long> retracted = new HashSet<>();
    /**
     * The state after the first {@code n} events entered, for {@code n} a multiple of {@link
     * #KEPT_EVERY} and for {@code n} = {@link #afterLastEntered}.
     */
    private final TreeMap<Integer, AgreementState> kept = new TreeMap<>();

    /** The place just after the event entered last: where the state is kept as it is folded past. */
    private int afterLastEntered = -1;

    /** The state after the first {@link #folded} events entered. */
    private AgreementState state;

    private int folded;

    /** Events folded in all, so that a test can hold the cost to its bound without timing it. */
    private long folds;

    AsOfFolds(List<Timeline.Event> history) {
        byDate = history.stream()
                .sorted(Comparator.comparing(
                        Timeline.Event::businessDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The state as of {@code date}: the dates are asked in ascending order. */
    AgreementState asOf(LocalDate date) {
        while (next < byDate.size()
                && (byDate.get(next).businessDate() == null
                        || !byDate.get(next).businessDate().isAfter(date))) {
            enter(byDate.get(next++));
        }
        return state();
    }

    /** One more event, whose business date (or the lack of one) puts it in the dates from here on. */
    private void enter(Timeline.Event event) {
        int at = place(event.sequence());
        entered.add(at, event);
        foldedOnlyBefore(at);
        if (afterLastEntered % KEPT_EVERY != 0) {
            kept.remove(afterLastEntered);
        }
        afterLastEntered = at + 1;
        if (event.event() instanceof FactRetracted retraction && retracted.add(retraction.retractedSequence())) {
            int fact = place(retraction.retractedSequence());
            if (fact < entered.size() && entered.get(fact).sequence() == retraction.retractedSequence()) {
                foldedOnlyBefore(fact);
            }
        }
    }

    /** Where an event of this sequence is, or goes, among those entered. */
    private int place(long sequence) {
        int low = 0;
        int high = entered.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entered.get(middle).sequence() < sequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The state after every event entered, the retracted ones left out; null while none was entered. */
    private AgreementState state() {
        while (folded < entered.size()) {
            Timeline.Event event = entered.get(folded);
            if (!retracted.contains(event.sequence())) {
                state = AgreementState.fold(state, event.event(), event.sequence(), event.recordedAt());
                folds++;
            }
            folded++;
            if (folded % KEPT_EVERY == 0 || folded == afterLastEntered) {
                kept.put(folded, state);
            }
        }
        return state;
    }

    long folds() {
        return folds;
    }

    /** Only the first {@code count} events entered are still folded as they are now: the state goes back to them or before. */
    private void foldedOnlyBefore(int count) {
        kept.tailMap(count, false).clear();
        if (folded > count) {
            Map.Entry<Integer, AgreementState> from = kept.floorEntry(count);
            folded = from == null ? 0 : from.getKey();
            state = from == null ? null : from.getValue();
        }
    }
}
