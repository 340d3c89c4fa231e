package org.cooperation.queryservice.reading.current;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CorrectedHistory;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.cooperation.queryservice.projection.state.LinkRepository;
import org.cooperation.queryservice.reading.partner.AgreementMembership;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Answers for one agreement: its current state from the projection, or its state at a point in
 * time, folded from the stored history with the same fold as the projection.
 *
 * <p><b>As of a business date D</b> means: every event now on record (or on record at
 * {@code recordedAsOf}) whose business date is on or before D, folded in the order it was
 * recorded. Facts entered late and out of business-date order therefore count from the day they
 * happened, not the day they were typed in; the fold places dated items (meetings, contacts,
 * fields ...) by their own dates, so the order of entry does not change the answer. A correction
 * carries the business date of what it corrects: an {@code ExpiryRevoked} is dated on the expiry
 * it revokes, a {@code FactRetracted} on the fact it retracts (which the fold then leaves out), so no business date shows the wrong expiry once the correction is on record, while
 * {@code recordedAsOf} before the correction still shows what the record said then. Events dated
 * after D are left out and counted in {@link AgreementView.Basis#eventsDatedLater()}.
 *
 * <p>A partner's answer names another agreement only where the partner is a party to it too: a
 * link, in either direction, to any other agreement is left out, as that agreement would be
 * answered as unknown.
 */
@Service
public class AgreementQuery {

    private final CurrentStateRepository current;
    private final HistoryRepository history;
    private final LinkRepository links;
    private final AgreementMembership membership;
    private final Clock clock;

    public AgreementQuery(
            CurrentStateRepository current,
            HistoryRepository history,
            LinkRepository links,
            AgreementMembership membership,
            Clock clock) {
        this.current = current;
        this.history = history;
        this.links = links;
        this.membership = membership;
        this.clock = clock;
    }

    /** The state the projection holds now, as {@code reader} (a partner's party, or empty for all) may see it. */
    public AgreementView current(String agreementId, Optional<PartyCode> reader) {
        return seenBy(reader, current(agreementId));
    }

    /** The state at a point in time, as {@code reader} may see it. */
    public AgreementView asOf(String agreementId, AsOf asOf, Optional<PartyCode> reader) {
        return seenBy(reader, asOf(agreementId, asOf));
    }

    private AgreementView seenBy(Optional<PartyCode> reader, AgreementView view) {
        return reader.map(party -> view.namingOnly(membership.partyTo(party, view.relatedAgreements())))
                .orElse(view);
    }

    private AgreementView current(String agreementId) {
        CurrentStateRepository.Stored stored =
                current.findWithHeldEvents(agreementId).orElseThrow(() -> new AgreementNotFoundException(agreementId));
        AgreementState state = stored.state();
        int held = stored.heldEvents();
        return AgreementView.of(
                state,
                LocalDate.now(clock),
                links.incoming(agreementId, null, null),
                held == 0 ? null : new AgreementView.HeldBack(held, state.version() + 1),
                null);
    }

    /** The state at a point in time, folded from the stored history. */
    private AgreementView asOf(String agreementId, AsOf asOf) {
        List<HistoryEntry> events = history.recordedBy(agreementId, asOf.recordedAt());
        if (events.isEmpty() || !asOf.includes(events.get(0).businessDate())) {
            if (events.isEmpty() && !history.exists(agreementId)) {
                throw new AgreementNotFoundException(agreementId);
            }
            throw AgreementNotFoundException.asOf(
                    agreementId,
                    asOf.describe()
                            + (events.isEmpty()
                                    ? ": nothing was recorded yet"
                                    : ": it was signed on " + events.get(0).businessDate()));
        }
        // A retraction is dated on the fact it retracts, so the two are either both in the point's events or neither.
        CorrectedHistory corrected = new CorrectedHistory();
        int applied = 0;
        for (HistoryEntry event : events) {
            if (asOf.includes(event.businessDate())) {
                corrected.add(CorrectedHistory.Recorded.of(event));
                applied++;
            }
        }
        AgreementState state = corrected.fold();
        var basis = new AgreementView.Basis(asOf.businessDate(), asOf.recordedAt(), applied, events.size() - applied);
        return AgreementView.of(
                state, asOf.day(), links.incoming(agreementId, asOf.businessDate(), asOf.recordedAt()), null, basis);
    }
}
