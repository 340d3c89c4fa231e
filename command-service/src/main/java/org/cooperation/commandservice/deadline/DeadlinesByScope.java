package org.cooperation.commandservice.deadline;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Axon's db-scheduler deadline manager, with each aggregate's deadlines found by the aggregate.
 *
 * <p>Axon's {@code cancelAllWithinScope} reads and deserialises every scheduled deadline to find
 * the few of one agreement (db-scheduler cannot filter on a task's data), so an extension, a
 * termination or a withdrawal took longer the more agreements were on record: a third of a
 * second with 20,000. Here each deadline's schedule id is recorded with its agreement
 * ({@code scope_deadline}, written in the command's transaction), and cancelling reads the ids of
 * that agreement by index and cancels each by id: the same cost with a thousand agreements or a
 * hundred thousand. Scheduling and running deadlines stay Axon's.
 *
 * <p>Cancelling by id goes to db-scheduler directly rather than through Axon's
 * {@code cancelSchedule}: a deadline that ran or was cancelled in the meantime (no task; Axon 4.13
 * tolerates that too since AxonFramework#3857) and one that is running at this moment are both
 * left alone. A running one is due now; the agreement's deadline handlers check the date it was
 * scheduled for against the agreement's state, so a deadline made obsolete by this command does
 * nothing, as before (Axon's scan skipped running deadlines as well).
 */
public final class DeadlinesByScope implements DeadlineManager {

    private final DeadlineManager axon;
    private final SchedulerClient scheduler;
    private final JdbcClient jdbc;
    private final String taskName;

    public DeadlinesByScope(DeadlineManager axon, SchedulerClient scheduler, JdbcClient jdbc) {
        this.axon = axon;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.taskName = new DbSchedulerDeadlineToken("").getTaskName();
    }

    @Override
    public String schedule(
            Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor deadlineScope) {
        String scheduleId = axon.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        // Axon writes the task when the unit of work prepares to commit; the row follows it there.
        ScopeKey.of(deadlineScope)
                .ifPresent(scope -> onPrepareCommitOrNow(() -> jdbc.sql("""
                        INSERT INTO scope_deadline (task_name, schedule_id, scope_type, scope_id, deadline_name)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(taskName, scheduleId, scope.type(), scope.id(), deadlineName)
                        .update()));
        return scheduleId;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        Optional<ScopeKey> key = ScopeKey.of(scope);
        if (key.isEmpty()) {
            axon.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        onPrepareCommitOrNow(() -> scheduleIds(key.get(), deadlineName).forEach(this::cancel));
    }

    /** The schedule ids of one aggregate's deadlines of one name (at most one, in practice). */
    List<String> scheduleIds(ScopeKey scope, String deadlineName) {
        return jdbc.sql("""
                        SELECT schedule_id FROM scope_deadline
                        WHERE scope_id = ? AND scope_type = ? AND deadline_name = ? AND task_name = ?""")
                .params(scope.id(), scope.type(), deadlineName, taskName)
                .query(String.class)
                .list();
    }

    private void cancel(String scheduleId) {
        try {
            // Deleting the task deletes its scope_deadline row too (ON DELETE CASCADE).
            scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException runOrRunning) {
            // Ran or was cancelled since the lookup, or runs now and finds itself obsolete (above).
        } catch (ExecutionException removedMeanwhile) {
            // db-scheduler looks the task up, then deletes it by its version: a deadline due now (an expiry on a day
            // already past) may be picked or run in between, and the delete then finds nothing ("Expected one
            // execution to be removed, but removed 0"). It runs or ran, and the agreement's handler judges it
            // against the record as it stands, as when it is found running. Found by AcceptedCommandsAreShownIT: a
            // void right after a signature whose term had ended answered 500.
        }
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        axon.cancelSchedule(deadlineName, scheduleId);
    }

    /** Every deadline of a name, whatever its scope: a scan by nature; nothing here calls it. */
    @Override
    public void cancelAll(String deadlineName) {
        axon.cancelAll(deadlineName);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return axon.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return axon.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public void shutdown() {
        axon.shutdown();
    }

    /** As Axon does: within a command, when its unit of work commits, so a refused command changes nothing. */
    private static void onPrepareCommitOrNow(Runnable action) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> action.run());
        } else {
            action.run();
        }
    }
}
