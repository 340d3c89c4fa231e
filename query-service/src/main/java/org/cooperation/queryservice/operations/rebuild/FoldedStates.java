package org.cooperation.queryservice.operations.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.consuming.ReadModel;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.timeline.Timeline;

/**
 * The second step of a bulk load: every agreement's state, folded from its history in the fresh
 * table, one agreement at a time in sequence order, and written once. Only one agreement's state,
 * a batch of finished ones and the few batches of events read ahead ({@link OrderedHistory}) are in
 * memory at a time (and, for a retraction, which is folded with the history it corrects, that
 * agreement's events). The history holds exactly the applied events, each agreement's without a gap
 * from its signature, so the fold is the live projection's.
 */
final class FoldedStates {

    /** States written per batch: few, so that they die young. */
    private static final int STATES_PER_BATCH = 100;

    private final DataSource dataSource;

    FoldedStates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Folds and writes every agreement's state; how many agreements there were.
     *
     * @param applied each agreement's last applied event, whose instant the state keeps as recorded
     */
    long foldAll(ReadModelTables tables, ReadModel model, Function<String, CopiedHistory.Applied> applied)
            throws InterruptedException {
        List<AgreementState> finished = new ArrayList<>(STATES_PER_BATCH);
        List<Timeline> timelines = new ArrayList<>(STATES_PER_BATCH);
        String agreementId = null;
        CopiedHistory.Applied last = null;
        AgreementState state = null;
        Timeline timeline = null;
        // One agreement's events, for the timeline of one entered late and for a retraction, which is
        // folded with the history it corrects: the rebuild holds no more than that.
        List<Timeline.Event> events = new ArrayList<>();
        long agreements = 0;
        try (OrderedHistory history = new OrderedHistory(dataSource, tables)) {
            List<OrderedHistory.Row> rows;
            while (!(rows = history.next()).isEmpty()) {
                for (OrderedHistory.Row row : rows) {
                    if (!row.agreementId().equals(agreementId)) {
                        finish(state, timeline, finished, timelines, model, STATES_PER_BATCH);
                        agreementId = row.agreementId();
                        last = applied.apply(agreementId);
                        state = null;
                        timeline = new Timeline(agreementId, List.of());
                        events = new ArrayList<>();
                        agreements++;
                    }
                    Instant recordedAt = row.sequence() == last.sequence() ? last.recordedAt() : row.recordedAt();
                    events.add(new Timeline.Event(row.sequence(), row.event().businessDate(), row.event(), recordedAt));
                    state = row.event() instanceof FactRetracted
                            ? Timeline.corrected(events)
                            : AgreementState.fold(state, row.event(), row.sequence(), recordedAt);
                    List<Timeline.Event> soFar = events;
                    timeline.apply(row.sequence(), row.event(), recordedAt, state, Timeline.upTo(() -> soFar));
                }
            }
        }
        finish(state, timeline, finished, timelines, model, 1);
        return agreements;
    }

    /** Adds a folded agreement to the finished ones, and writes them once there are {@code atLeast}. */
    private static void finish(
            AgreementState state,
            Timeline timeline,
            List<AgreementState> finished,
            List<Timeline> timelines,
            ReadModel model,
            int atLeast) {
        if (state != null) {
            finished.add(state);
            timelines.add(timeline);
        }
        if (finished.size() >= atLeast) {
            model.current().saveAll(finished);
            model.deadlines().saveAll(finished);
            model.timeline().write(timelines);
            finished.clear();
            timelines.clear();
        }
    }
}
