package org.cooperation.queryservice.projection.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;

/**
 * One agreement's timeline while its events are applied in sequence: the steps the record says now
 * (over business dates, as {@code AgreementQuery}'s as-of fold would answer for each date), and what
 * changed since it was loaded: the stored steps to close, the steps to store.
 *
 * <p>An event dated on or after every business date before it (the usual case: facts entered in
 * the order they happened) changes only the last step, from the state after it; an event entered
 * late (dated before an earlier one) changes the states of every date from its own on, which are
 * folded again from the history up to it.
 */
public final class Timeline {

    /** An event of the history, as the as-of fold takes it. */
    public record Event(long sequence, LocalDate businessDate, AgreementEvent event, Instant recordedAt) {}

    /** The state after {@code events}, oldest first, with the facts retracted among them left out. */
    public static AgreementState corrected(List<Event> events) {
        CorrectedHistory corrected = new CorrectedHistory();
        events.forEach(event ->
                corrected.add(new CorrectedHistory.Recorded(event.event(), event.sequence(), event.recordedAt())));
        return corrected.fold();
    }

    /** The events up to and including a sequence, out of a history that may go further. */
    public static LongFunction<List<Event>> upTo(Supplier<List<Event>> history) {
        return sequence -> history.get().stream()
                .filter(event -> event.sequence() <= sequence)
                .toList();
    }

    private final String agreementId;
    /**
     * The open steps known here, in business-date order: every one, or, for a timeline loaded by its
     * last step, from that step on, until an event entered late needs the steps before it.
     */
    private final List<Step> open;
    /** The stored open steps before the first of {@link #open}, read when first needed; null once read. */
    private Supplier<List<Step>> earlier;

    private final List<Step> closed = new ArrayList<>();
    private final List<Step> added = new ArrayList<>();

    /** The timeline as stored: its open steps (those the record still says), in business-date order. */
    public Timeline(String agreementId, List<Step> open) {
        this.agreementId = agreementId;
        this.open = new ArrayList<>(open);
    }

    /**
     * The timeline as stored, by its last open step (null for a new agreement) and a way to read the
     * open steps before it. Events entered in order change only the last step, so an agreement's
     * timeline costs each batch one row, however many business dates it spans; only an event entered
     * late, or a retraction, reads the rest.
     */
    public Timeline(String agreementId, Step lastOpen, Supplier<List<Step>> earlier) {
        this(agreementId, lastOpen == null ? List.of() : List.of(lastOpen));
        this.earlier = lastOpen == null ? null : earlier;
    }

    /**
     * The timeline after one more event, {@code event}, recorded at {@code recordedAt}.
     *
     * @param after   the agreement's state after the event (the fold of every event up to it)
     * @param history the events up to and including a sequence, for an event entered late
     */
    public void apply(
            long sequence,
            AgreementEvent event,
            Instant recordedAt,
            AgreementState after,
            LongFunction<List<Event>> history) {
        LocalDate businessDate = event.businessDate();
        Step last = open.isEmpty() ? null : open.get(open.size() - 1);
        if (last == null) {
            replaceFrom(
                    0,
                    List.of(new Step(null, agreementId, businessDate, null, recordedAt, null, ListColumns.of(after))),
                    recordedAt);
        } else if (!(event instanceof FactRetracted)
                && (businessDate == null || !businessDate.isBefore(last.validFrom()))) {
            // Dated on or after every event before it: the dates before it keep their states, and
            // only the last step changes.
            List<Step> tail = new ArrayList<>(2);
            if (businessDate != null && businessDate.isAfter(last.validFrom())) {
                tail.add(new Step(null, agreementId, last.validFrom(), businessDate, recordedAt, null, last.columns()));
            }
            tail.add(new Step(
                    null,
                    agreementId,
                    businessDate == null ? last.validFrom() : businessDate,
                    null,
                    recordedAt,
                    null,
                    ListColumns.of(after)));
            replaceFrom(open.size() - 1, tail, recordedAt);
        } else {
            // Entered late, or a retraction, which may change any date from the signature on (it can
            // reinstate what the retracted fact replaced): every step is folded again.
            readEarlier();
            replaceFrom(0, refolded(history.apply(sequence), recordedAt), recordedAt);
        }
    }

    private void readEarlier() {
        if (earlier != null) {
            open.addAll(0, earlier.get());
            earlier = null;
        }
    }

    /** The stored steps the record no longer says, closed at the instant it stopped saying them. */
    public List<Step> closed() {
        return closed;
    }

    /** The steps to store: new ones, some already closed by a later event of the same batch. */
    public List<Step> added() {
        return added;
    }

    /**
     * Every step from the first business date on, folded again from the history: the as-of fold of
     * each date, the retracted facts left out (a retraction is dated on the fact it retracts, so the
     * two are either both in a date's events or neither).
     */
    private List<Step> refolded(List<Event> events, Instant recordedAt) {
        LocalDate signature = events.get(0).businessDate();
        // A retraction's date opens a step too: the version the list shows counts the retraction.
        TreeSet<LocalDate> dates = new TreeSet<>();
        events.stream()
                .map(Event::businessDate)
                .filter(date -> date != null && !date.isBefore(signature))
                .forEach(dates::add);
        AsOfFolds folds = new AsOfFolds(events);
        List<Step> steps = new ArrayList<>();
        for (LocalDate date : dates) {
            AgreementState state = folds.asOf(date);
            if (!steps.isEmpty()) {
                Step previous = steps.remove(steps.size() - 1);
                steps.add(
                        new Step(null, agreementId, previous.validFrom(), date, recordedAt, null, previous.columns()));
            }
            steps.add(new Step(null, agreementId, date, null, recordedAt, null, ListColumns.of(state)));
        }
        return steps;
    }

    /**
     * Replaces the open steps from index {@code from} on with {@code next}: keeps those that say the
     * same, closes the others at {@code recordedAt}, adds the new ones. Matched by what they say
     * (a hash, not a comparison of every pair), so a refold of a long timeline stays linear.
     */
    private void replaceFrom(int from, List<Step> next, Instant recordedAt) {
        List<Step> old = open.subList(from, open.size());
        Set<Step.Span> said = new HashSet<>();
        next.forEach(step -> said.add(step.span()));
        Map<Step.Span, Step> kept = new HashMap<>();
        for (Step step : old) {
            if (said.contains(step.span())) {
                kept.putIfAbsent(step.span(), step);
            } else if (step.rowId() != null) {
                closed.add(step.recordedUntil(recordedAt));
            } else {
                // Not stored yet: it is the latest or nearly the latest step added, so looked for from the end.
                int at = added.lastIndexOf(step);
                if (at >= 0) {
                    added.remove(at);
                }
                // A step that a later event of the same batch replaced at once was never said at all.
                if (step.recordedFrom().isBefore(recordedAt)) {
                    added.add(step.recordedUntil(recordedAt));
                }
            }
        }
        old.clear();
        for (Step step : next) {
            Step same = kept.get(step.span());
            if (same != null) {
                open.add(same);
            } else {
                open.add(step);
                added.add(step);
            }
        }
    }
}
