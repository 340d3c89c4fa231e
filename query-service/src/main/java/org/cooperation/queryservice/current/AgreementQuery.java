package org.cooperation.queryservice.current;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.queryservice.history.HistoryEntry;
import org.cooperation.queryservice.history.HistoryRepository;
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
 * it revokes, so no business date shows the wrong expiry once the correction is on record, while
 * {@code recordedAsOf} before the correction still shows what the record said then. Events dated
 * after D are left out and counted in {@link AgreementView.Basis#eventsDatedLater()}.
 */
@Service
public class AgreementQuery {

    private final CurrentStateRepository current;
    private final HistoryRepository history;
    private final LinkRepository links;
    private final Clock clock;

    public AgreementQuery(CurrentStateRepository current, HistoryRepository history, LinkRepository links,
                          Clock clock) {
        this.current = current;
        this.history = history;
        this.links = links;
        this.clock = clock;
    }

    /** The state the projection holds now. */
    public AgreementView current(String agreementId) {
        CurrentStateRepository.Stored stored = current.findWithHeldEvents(agreementId)
                .orElseThrow(() -> new AgreementNotFoundException(agreementId));
        AgreementState state = stored.state();
        int held = stored.heldEvents();
        return AgreementView.of(state, LocalDate.now(clock), links.incoming(agreementId, null, null),
                held == 0 ? null : new AgreementView.HeldBack(held, state.version() + 1), null);
    }

    /** The state at a point in time, folded from the stored history. */
    public AgreementView asOf(String agreementId, AsOf asOf) {
        List<HistoryEntry> events = history.recordedBy(agreementId, asOf.recordedAt());
        if (events.isEmpty() || !asOf.includes(events.get(0).businessDate())) {
            if (events.isEmpty() && !history.exists(agreementId)) {
                throw new AgreementNotFoundException(agreementId);
            }
            throw AgreementNotFoundException.asOf(agreementId, asOf.describe()
                    + (events.isEmpty() ? ": nothing was recorded yet" : ": it was signed on "
                    + events.get(0).businessDate()));
        }
        AgreementState state = null;
        int applied = 0;
        for (HistoryEntry event : events) {
            if (asOf.includes(event.businessDate())) {
                state = AgreementState.fold(state, EventJson.read(event.type(), event.payload().getBytes(UTF_8)),
                        event.sequence(), event.recordedAt());
                applied++;
            }
        }
        var basis = new AgreementView.Basis(asOf.businessDate(), asOf.recordedAt(), applied, events.size() - applied);
        return AgreementView.of(state, asOf.day(),
                links.incoming(agreementId, asOf.businessDate(), asOf.recordedAt()), null, basis);
    }
}
