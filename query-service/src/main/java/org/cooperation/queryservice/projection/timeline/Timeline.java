package org.cooperation.queryservice.projection.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private List<Step> open;
    private final List<Step> closed = new ArrayList<>();
    private final List<Step> added = new ArrayList<>();

    /** The timeline as stored: its open steps (those the record still says), in business-date order. */
    public Timeline(String agreementId, List<Step> open) {
        this.agreementId = agreementId;
        this.open = new ArrayList<>(open);
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
        ListColumns columns = ListColumns.of(after);
        Step last = open.isEmpty() ? null : open.get(open.size() - 1);
        List<Step> next = new ArrayList<>(open);
        if (last == null) {
            next.add(new Step(null, agreementId, businessDate, null, recordedAt, null, columns));
        } else if (event instanceof FactRetracted) {
            // A retraction may change any date from the signature on (it can reinstate what the
            // retracted fact replaced), so every step is folded again without the retracted fact.
            next = refolded(history.apply(sequence), recordedAt);
        } else if (businessDate == null || !businessDate.isBefore(last.validFrom())) {
            // Dated on or after every event before it: the dates before it keep their states.
            next.remove(next.size() - 1);
            if (businessDate != null && businessDate.isAfter(last.validFrom())) {
                next.add(new Step(null, agreementId, last.validFrom(), businessDate, recordedAt, null, last.columns()));
            }
            next.add(new Step(
                    null,
                    agreementId,
                    businessDate == null ? last.validFrom() : businessDate,
                    null,
                    recordedAt,
                    null,
                    columns));
        } else {
            next = refolded(history.apply(sequence), recordedAt);
        }
        replaceOpen(next, recordedAt);
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
        List<Step> steps = new ArrayList<>();
        for (LocalDate date : dates) {
            AgreementState state = corrected(events.stream()
                    .filter(event -> event.businessDate() == null
                            || !event.businessDate().isAfter(date))
                    .toList());
            if (!steps.isEmpty()) {
                Step previous = steps.remove(steps.size() - 1);
                steps.add(
                        new Step(null, agreementId, previous.validFrom(), date, recordedAt, null, previous.columns()));
            }
            steps.add(new Step(null, agreementId, date, null, recordedAt, null, ListColumns.of(state)));
        }
        return steps;
    }

    /** Keeps the open steps that say the same, closes the others at {@code recordedAt}, adds the new ones. */
    private void replaceOpen(List<Step> next, Instant recordedAt) {
        List<Step> kept = new ArrayList<>();
        for (Step old : open) {
            if (next.stream().anyMatch(old::sameAs)) {
                kept.add(old);
            } else if (old.rowId() != null) {
                closed.add(old.recordedUntil(recordedAt));
            } else {
                added.remove(old);
                // A step that a later event of the same batch replaced at once was never said at all.
                if (old.recordedFrom().isBefore(recordedAt)) {
                    added.add(old.recordedUntil(recordedAt));
                }
            }
        }
        List<Step> result = new ArrayList<>();
        for (Step step : next) {
            Step same = kept.stream().filter(step::sameAs).findFirst().orElse(null);
            if (same != null) {
                result.add(same);
            } else {
                result.add(step);
                added.add(step);
            }
        }
        open = result;
    }
}
