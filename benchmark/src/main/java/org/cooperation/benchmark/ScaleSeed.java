package org.cooperation.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cooperation.localinfra.SampleAgreements;

/**
 * The scale section's fast path to many agreements on record. One agreement is signed through the
 * HTTP API; then its rows of the command side are copied in SQL, one copy per new agreement, with
 * only what identifies it changed: the agreement's id (the same length, so that db-scheduler's
 * serialised task data stays valid), the event's id, the correlation id, the deadline's schedule
 * id. So each copy has exactly what the write path writes for a signature: its event
 * ({@code domainevententry}), its scheduled expiry ({@code scheduled_tasks}) and the expiry's
 * agreement ({@code scope_deadline}). The read models are not copied: the publisher sends the
 * copied events to the topic and query-service projects them, as it does every event, and the
 * seed waits until they are all there.
 */
final class ScaleSeed {

    static final String PREFIX = "scale-";
    private static final int DIGITS = 7;
    /** Signed a year ago: in force for four more years, so every command kind applies to it. */
    static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);

    private final Api api;
    private final Connection sql;
    private int seeded;

    ScaleSeed(Api api, Connection sql) {
        this.api = api;
        this.sql = sql;
    }

    static String id(int n) {
        return PREFIX + String.format("%0" + DIGITS + "d", n);
    }

    /** Agreements on record made by this seed (the template included). */
    int seeded() {
        return seeded;
    }

    /** Brings the record to {@code total} seeded agreements and waits until the query side shows them all. */
    void growTo(int total) throws Exception {
        if (seeded == 0) {
            api.command("/api/agreements", SampleAgreements.jointStatement(id(0), SIGNED_ON));
            seeded = 1;
        }
        if (total <= seeded) {
            return;
        }
        String template = id(0);
        sql.setAutoCommit(false);
        try (PreparedStatement events = sql.prepareStatement("""
                     INSERT INTO command.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                         metadata, payload, payloadrevision, payloadtype, timestamp)
                     SELECT c.id, e.sequencenumber, e.type, gen_random_uuid()::text,
                         convert_to(jsonb_set(convert_from(e.metadata, 'UTF8')::jsonb, '{correlationId}',
                             to_jsonb(gen_random_uuid()::text))::text, 'UTF8'),
                         convert_to(replace(convert_from(e.payload, 'UTF8'), '"' || ? || '"', '"' || c.id || '"'), 'UTF8'),
                         e.payloadrevision, e.payloadtype, e.timestamp
                     FROM command.domainevententry e,
                          (SELECT ? || lpad(n::text, ?, '0') AS id FROM generate_series(?, ?) n) c
                     WHERE e.aggregateidentifier = ?
                     ORDER BY c.id, e.sequencenumber""");
                PreparedStatement deadlines = sql.prepareStatement("""
                     WITH template AS (
                         SELECT t.task_name, t.task_data, t.execution_time, t.priority, d.scope_type, d.deadline_name
                         FROM command.scope_deadline d
                         JOIN command.scheduled_tasks t ON t.task_name = d.task_name AND t.task_instance = d.schedule_id
                         WHERE d.scope_id = ?),
                     copies AS MATERIALIZED (
                         SELECT ? || lpad(n::text, ?, '0') AS id, gen_random_uuid()::text AS instance
                         FROM generate_series(?, ?) n),
                     tasks AS (
                         INSERT INTO command.scheduled_tasks
                             (task_name, task_instance, task_data, execution_time, picked, version, priority)
                         SELECT template.task_name, copies.instance,
                             overlay(template.task_data PLACING convert_to(copies.id, 'UTF8')
                                 FROM position(convert_to('"' || template_id.id || '"', 'UTF8') IN template.task_data) + 1),
                             template.execution_time, false, 1, template.priority
                         FROM template, copies, (SELECT ?::text AS id) template_id)
                     INSERT INTO command.scope_deadline (task_name, schedule_id, scope_type, scope_id, deadline_name)
                     SELECT template.task_name, copies.instance, template.scope_type, copies.id, template.deadline_name
                     FROM template, copies""")) {
            events.setString(1, template);
            bindCopies(events, 2, total);
            events.setString(6, template);
            int eventRows = events.executeUpdate();
            deadlines.setString(1, template);
            bindCopies(deadlines, 2, total);
            deadlines.setString(6, template);
            int deadlineRows = deadlines.executeUpdate();
            int copies = total - seeded;
            if (eventRows != copies || deadlineRows != copies) {
                throw new IllegalStateException("seeding " + copies + " agreements wrote " + eventRows + " events and "
                        + deadlineRows + " deadlines");
            }
            sql.commit();
        } catch (SQLException | RuntimeException e) {
            sql.rollback();
            throw e;
        } finally {
            sql.setAutoCommit(true);
        }
        seeded = total;
        try (Statement statement = sql.createStatement()) {
            statement.execute("ANALYZE command.domainevententry");
            statement.execute("ANALYZE command.scheduled_tasks");
            statement.execute("ANALYZE command.scope_deadline");
        }
        awaitProjected(total);
    }

    /** The copies' ids: the prefix, the width and the range of numbers after those seeded so far. */
    private void bindCopies(PreparedStatement statement, int first, int total) throws SQLException {
        statement.setString(first, PREFIX);
        statement.setInt(first + 1, DIGITS);
        statement.setInt(first + 2, seeded);
        statement.setInt(first + 3, total - 1);
    }

    /** Until the query side holds every seeded agreement: the publisher and the projection at work. */
    private void awaitProjected(int total) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (Benchmark.count(sql, "SELECT count(*) FROM query.agreement WHERE agreement_id LIKE '" + PREFIX + "%'")
                < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the query side did not show " + total + " seeded agreements in 30 minutes");
            }
            Thread.sleep(500);
        }
        try (Statement statement = sql.createStatement()) {
            statement.execute("ANALYZE query.agreement");
            statement.execute("ANALYZE query.agreement_event");
        }
    }
}
