package org.cooperation.queryservice.projection.state;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.history.HistoryEntry;

/**
 * The state of an agreement folded from its history with the facts a {@link FactRetracted} among them
 * retracts left out (rule 17 of DOMAIN.md): the state is that of the record as if the mistake had
 * never been entered, while the history keeps it. A retraction cannot be folded onto the state alone
 * (it may reinstate what the retracted fact replaced, such as an earlier contact), so every reader
 * that meets one folds the agreement's history again through here: the live projection, the rebuild,
 * and every as-of view, which pass only the events of their point in time. Without a retraction among
 * them the result is exactly {@link AgreementState#fold}'s.
 */
public final class CorrectedHistory {

    /** One event of the history as recorded: what happened, its sequence and when it was recorded. */
    public record Recorded(AgreementEvent event, long sequence, Instant recordedAt) {

        public static Recorded of(HistoryEntry entry) {
            return new Recorded(
                    EventJson.read(entry.type(), entry.payload().getBytes(UTF_8)),
                    entry.sequence(),
                    entry.recordedAt());
        }
    }

    private final List<Recorded> events = new ArrayList<>();

    /** Adds the next event of the history, oldest first. */
    public CorrectedHistory add(Recorded event) {
        events.add(event);
        return this;
    }

    public CorrectedHistory addAll(List<Recorded> more) {
        events.addAll(more);
        return this;
    }

    /** The state after every event added, the retracted ones left out; null when nothing was added. */
    public AgreementState fold() {
        Set<Long> retracted = new HashSet<>();
        for (Recorded recorded : events) {
            if (recorded.event() instanceof FactRetracted retraction) {
                retracted.add(retraction.retractedSequence());
            }
        }
        AgreementState state = null;
        for (Recorded recorded : events) {
            if (!retracted.contains(recorded.sequence())) {
                state = AgreementState.fold(state, recorded.event(), recorded.sequence(), recorded.recordedAt());
            }
        }
        return state;
    }
}
