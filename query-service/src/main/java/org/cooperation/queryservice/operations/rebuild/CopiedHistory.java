package org.cooperation.queryservice.operations.rebuild;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.queryservice.projection.consuming.EventRecord;
import org.cooperation.queryservice.projection.consuming.Sequencing;
import org.cooperation.queryservice.projection.history.HistoryCopy;
import org.cooperation.queryservice.projection.state.LinkRepository;

/**
 * The first step of a bulk load: the topic's records, in the order read, under the order rules of
 * the read models, with each applied event's history row streamed to the fresh table. Only each
 * agreement's last applied event is kept in memory (its sequence and when it was recorded, about a
 * hundred bytes per agreement), never its state: that is folded once per agreement afterwards, from
 * the history written here.
 *
 * <p>An event id is not checked here against the ids applied before; the history table's key,
 * made after the load, does that for every row at once.
 */
final class CopiedHistory extends Sequencing {

    /** The copy failed; the load cannot go on. */
    static final class CopyFailedException extends RuntimeException {
        CopyFailedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * An agreement's last applied event. Its instant is kept as the record said it, to the
     * nanosecond, which the live projection puts into the state and the history's column rounds to
     * the microsecond.
     */
    record Applied(long sequence, Instant recordedAt) {}

    private final HistoryCopy copy;
    private final Map<String, Applied> applied = new HashMap<>();
    private final List<ReceivedEvent> links = new ArrayList<>();

    CopiedHistory(HistoryCopy copy) {
        // The fresh tables hold no events, so none was held before this load.
        super(List.of());
        this.copy = copy;
    }

    /** The link events applied since the last call, which then forgets them. */
    List<ReceivedEvent> takeLinks() {
        List<ReceivedEvent> taken = List.copyOf(links);
        links.clear();
        return taken;
    }

    /** The agreement's last applied event; null when none was. */
    Applied applied(String agreementId) {
        return applied.get(agreementId);
    }

    @Override
    protected long lastApplied(String agreementId) {
        Applied last = applied.get(agreementId);
        return last == null ? -1 : last.sequence();
    }

    @Override
    protected boolean applyNext(EventRecord record) {
        try {
            copy.add(record.agreementId(), record.historyEntry());
        } catch (SQLException e) {
            throw new CopyFailedException(e);
        }
        applied.put(
                record.agreementId(),
                new Applied(record.sequence(), record.received().recordedAt()));
        if (LinkRepository.concerns(record.received().event())) {
            links.add(record.received());
        }
        return true;
    }

    @Override
    protected void released(EventRecord record) {
        throw new IllegalStateException("a bulk load starts with no held events, so none leaves the held ones: "
                + record.sequence() + " of " + record.agreementId());
    }
}
