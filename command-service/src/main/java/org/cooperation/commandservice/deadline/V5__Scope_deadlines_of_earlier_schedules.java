package org.cooperation.commandservice.deadline;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the agreement of every deadline scheduled before {@code scope_deadline} existed (V4), so
 * that a later extension, termination or withdrawal finds and replaces it as it does a new one.
 * Reads each task as db-scheduler stored it (Java serialisation of Axon's binary deadline details,
 * the scope inside as the JSON of Axon's general serializer): once, when the service is upgraded.
 *
 * <p>A task whose data cannot be read is reported and left out: it still runs when due, and the
 * agreement's deadline handlers check the date it was scheduled for against the agreement's
 * state, so a deadline that is no longer cancelled by a later command does nothing. Refusing to
 * start over one unreadable row would stop every command instead.
 */
@Component
public class V5__Scope_deadlines_of_earlier_schedules extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V5__Scope_deadlines_of_earlier_schedules.class);

    @Override
    public void migrate(Context context) throws SQLException {
        String taskName = new DbSchedulerDeadlineToken("").getTaskName();
        JacksonSerializer axonSerializer = JacksonSerializer.defaultSerializer();
        Connection connection = context.getConnection();
        int recorded = 0;
        int unreadable = 0;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT task_instance, task_data FROM scheduled_tasks WHERE task_name = ?");
                PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO scope_deadline (task_name, schedule_id, scope_type, scope_id, deadline_name)
                     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            select.setString(1, taskName);
            try (ResultSet tasks = select.executeQuery()) {
                while (tasks.next()) {
                    String scheduleId = tasks.getString(1);
                    Optional<Deadline> deadline = read(tasks.getBytes(2), axonSerializer);
                    if (deadline.isEmpty()) {
                        unreadable++;
                        LOG.warn(
                                "Scheduled deadline {} could not be read; it runs when due but is not found by its agreement",
                                scheduleId);
                        continue;
                    }
                    insert.setString(1, taskName);
                    insert.setString(2, scheduleId);
                    insert.setString(3, deadline.get().scope().type());
                    insert.setString(4, deadline.get().scope().id());
                    insert.setString(5, deadline.get().name());
                    insert.addBatch();
                    recorded++;
                }
            }
            insert.executeBatch();
        }
        LOG.info("Recorded the agreement of {} scheduled deadline(s); {} could not be read", recorded, unreadable);
    }

    private record Deadline(String name, ScopeKey scope) {}

    private static Optional<Deadline> read(byte[] data, JacksonSerializer axonSerializer) {
        try {
            DbSchedulerBinaryDeadlineDetails details =
                    Serializer.DEFAULT_JAVA_SERIALIZER.deserialize(DbSchedulerBinaryDeadlineDetails.class, data);
            return ScopeKey.of(details.getDeserializedScopeDescriptor(axonSerializer))
                    .map(scope -> new Deadline(details.getD(), scope));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
