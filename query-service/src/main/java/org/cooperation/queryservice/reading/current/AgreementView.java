package org.cooperation.queryservice.reading.current;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cooperation.queryservice.projection.deadline.Deadlines;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.LinkView;
import org.cooperation.queryservice.reading.deadline.DeadlineView;
import org.cooperation.queryservice.reading.meeting.MeetingsSummary;

/**
 * The answer of {@code GET /api/agreements/{id}}: the folded state plus what depends on the day
 * it is read (whether a meeting is overdue), on other agreements (links made to this one) and on
 * the projection (events held back).
 *
 * @param deadlines what falls due, in date order, judged on the day of the view (today, or asOf)
 * @param links     both directions: this agreement's own links, then those others made to it
 * @param heldBack  null unless events of this agreement arrived before their predecessor
 * @param asOf      null for the current state; for an as-of view, what it was computed from
 */
public record AgreementView(
        AgreementState agreement,
        MeetingsSummary meetingsSummary,
        List<DeadlineView> deadlines,
        List<LinkView> links,
        HeldBack heldBack,
        Basis asOf) {

    /** Events that wait for an earlier one, so the state shown may lack them. */
    public record HeldBack(int events, long waitingForSequence) {}

    /**
     * @param businessDate     the business date asked for; null when only {@code recordedAsOf} was
     * @param recordedAsOf     the instant asked for; null for the record as it stands now
     * @param eventsApplied    events folded into this state
     * @param eventsDatedLater events on record at that instant whose business date is after {@code businessDate}
     */
    public record Basis(LocalDate businessDate, Instant recordedAsOf, int eventsApplied, int eventsDatedLater) {}

    /** The other agreements this view names: both ends of its links. */
    public Set<String> relatedAgreements() {
        return links.stream().map(LinkView::agreementId).collect(Collectors.toSet());
    }

    /** This view with only the links, in either direction, to agreements in {@code shown}. */
    public AgreementView namingOnly(Set<String> shown) {
        return new AgreementView(
                agreement.withLinksTo(shown),
                meetingsSummary,
                deadlines,
                links.stream()
                        .filter(link -> shown.contains(link.agreementId()))
                        .toList(),
                heldBack,
                asOf);
    }

    static AgreementView of(
            AgreementState state, LocalDate today, List<LinkView> incoming, HeldBack heldBack, Basis basis) {
        List<LinkView> links = Stream.concat(state.links().stream().map(LinkView::outgoing), incoming.stream())
                .toList();
        List<DeadlineView> deadlines =
                Deadlines.of(state).stream().map(d -> DeadlineView.of(d, today)).toList();
        return new AgreementView(state.on(today), MeetingsSummary.of(state, today), deadlines, links, heldBack, basis);
    }
}
