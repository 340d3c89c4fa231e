package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cooperation.commandservice.deadline.V5__Scope_deadlines_of_earlier_schedules;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * An agreement's deadlines are found by the agreement: an extension, a notice and its withdrawal
 * replace exactly that agreement's deadline, read no other, and cost the same whether 1,000 or
 * 100,000 deadlines are scheduled. Deadlines scheduled before their agreement was recorded with
 * them (services upgraded from before V4) are found once the migration V5 has run.
 */
class DeadlinesByAgreementIT extends CommandServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    DataSource dataSource;

    @Test
    void anExtensionANoticeAndItsWithdrawalReplaceOnlyTheirAgreementsDeadlines() {
        sign("by-agreement-1");
        sign("by-agreement-2");
        String firstExpiry = only(deadlinesOf("by-agreement-1", "agreement-expiry"));
        String othersExpiry = only(deadlinesOf("by-agreement-2", "agreement-expiry"));

        extend("by-agreement-1");
        String extendedExpiry = only(deadlinesOf("by-agreement-1", "agreement-expiry"));
        assertThat(extendedExpiry).isNotEqualTo(firstExpiry);
        assertThat(taskExists(firstExpiry)).isFalse();
        assertThat(taskExists(extendedExpiry)).isTrue();

        giveNotice("by-agreement-1");
        String termination = only(deadlinesOf("by-agreement-1", "agreement-termination"));
        assertThat(taskExists(termination)).isTrue();

        withdraw("by-agreement-1");
        assertThat(deadlinesOf("by-agreement-1", "agreement-termination")).isEmpty();
        assertThat(taskExists(termination)).isFalse();
        assertThat(deadlinesOf("by-agreement-1", "agreement-expiry")).containsExactly(extendedExpiry);
        assertThat(deadlinesOf("by-agreement-2", "agreement-expiry")).containsExactly(othersExpiry);
        assertThat(taskExists(othersExpiry)).isTrue();
    }

    @Test
    void aDeadlineScheduledBeforeItsAgreementWasRecordedIsFoundAfterTheMigration() throws Exception {
        sign("by-agreement-earlier");
        String earlier = only(deadlinesOf("by-agreement-earlier", "agreement-expiry"));
        // As a service before V4 left it: the task, and nothing saying whose it is.
        jdbc.sql("DELETE FROM scope_deadline WHERE schedule_id = ?")
                .param(earlier)
                .update();

        migrateEarlierSchedules();

        assertThat(deadlinesOf("by-agreement-earlier", "agreement-expiry")).containsExactly(earlier);
        extend("by-agreement-earlier");
        assertThat(taskExists(earlier)).isFalse();
        assertThat(deadlinesOf("by-agreement-earlier", "agreement-expiry"))
                .hasSize(1)
                .doesNotContain(earlier);
    }

    /**
     * Scans are counted by PostgreSQL itself: rows read sequentially from the two tables. Axon's
     * cancelAllWithinScope read every scheduled task for each extension; by agreement, none is.
     * The times are printed for the record; the rows read are what is asserted.
     */
    @Test
    void anExtensionReadsNoOtherAgreementsDeadlines() throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int scheduled : new int[] {1_000, 100_000}) {
            String template = "flat-" + scheduled + "-0";
            sign(template);
            seedDeadlinesLike(template, scheduled - (int) scheduledTasks());
            assertThat(scheduledTasks()).isEqualTo(scheduled);
            jdbc.sql("ANALYZE scheduled_tasks").update();
            jdbc.sql("ANALYZE scope_deadline").update();
            List<String> agreements = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                agreements.add("flat-" + scheduled + "-" + i);
                sign(agreements.get(i - 1));
            }
            Map<String, Long> before = settledReadsOfDeadlineTables();
            long started = System.nanoTime();
            agreements.forEach(this::extend);
            times.add(Duration.ofNanos((System.nanoTime() - started) / agreements.size()));
            Map<String, Long> after = awaitStatisticsOfLookups(before, agreements.size());

            assertThat(after.get("seq_tup_read") - before.get("seq_tup_read"))
                    .as(
                            "rows read by scanning the deadline tables during 10 extensions, %d deadlines scheduled",
                            scheduled)
                    .isLessThan(scheduled);
        }
        System.out.printf(
                "An extension took %d ms with 1,000 deadlines scheduled and %d ms with 100,000%n",
                times.get(0).toMillis(), times.get(1).toMillis());
    }

    private void sign(String id) {
        assertThat(post("/api/agreements", InForce.jointStatement(id), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private void extend(String id) {
        String consent = TODAY.toString();
        assertThat(post("/api/agreements/" + id + "/extensions", """
                {"consents":[{"party":"DE-BMWI","letterDate":"%1$s","reference":"BMWi letter"},
                             {"party":"JP-METI","letterDate":"%1$s","reference":"METI letter"}]}""".formatted(consent), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void giveNotice(String id) {
        assertThat(post(
                                "/api/agreements/" + id + "/termination-notices",
                                """
                {"party":"JP-METI","noticeDate":"%s","endsOn":"%s","reference":"METI letter"}""".formatted(TODAY, TODAY.plusYears(1)),
                                Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void withdraw(String id) {
        assertThat(post("/api/agreements/" + id + "/termination-notices/withdrawal", """
                {"party":"JP-METI","withdrawnOn":"%s","reference":"METI letter"}""".formatted(TODAY), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private List<String> deadlinesOf(String agreementId, String deadlineName) {
        return jdbc.sql("SELECT schedule_id FROM scope_deadline WHERE scope_id = ? AND deadline_name = ?")
                .params(agreementId, deadlineName)
                .query(String.class)
                .list();
    }

    private boolean taskExists(String scheduleId) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?")
                        .param(scheduleId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private long scheduledTasks() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks")
                .query(Long.class)
                .single();
    }

    private static String only(List<String> scheduleIds) {
        assertThat(scheduleIds).hasSize(1);
        return scheduleIds.get(0);
    }

    /**
     * The benchmark's fast path for deadlines (benchmark's ScaleSeed does the same with events
     * too): copies of a signed agreement's expiry, each under another agreement's id of the same
     * length, so that db-scheduler's serialised data stays valid.
     */
    private void seedDeadlinesLike(String template, int copies) {
        // Found by its data, which names the agreement, not by scope_deadline: the seeding must not
        // depend on what it helps to test.
        String task = only(jdbc.sql(
                        "SELECT task_instance FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0")
                .param('"' + template + '"')
                .query(String.class)
                .list());
        String prefix = template.substring(0, template.length() - 1) + "x";
        jdbc.sql("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
                        SELECT task_name, gen_random_uuid()::text, task_data, execution_time, false, 1, priority
                        FROM scheduled_tasks, generate_series(1, ?) WHERE task_instance = ?""").params(copies, task).update();
        jdbc.sql("""
                        INSERT INTO scope_deadline (task_name, schedule_id, scope_type, scope_id, deadline_name)
                        SELECT t.task_name, t.task_instance, 'Agreement', ? || t.task_instance, 'agreement-expiry'
                        FROM scheduled_tasks t WHERE NOT EXISTS (SELECT 1 FROM scope_deadline d WHERE d.schedule_id = t.task_instance)""").param(prefix).update();
    }

    private Map<String, Long> readsOfDeadlineTables() {
        return jdbc.sql("""
                        SELECT coalesce(sum(seq_tup_read), 0) AS seq_tup_read, coalesce(sum(idx_scan), 0) AS idx_scan
                        FROM pg_stat_user_tables WHERE relname IN ('scheduled_tasks', 'scope_deadline')""")
                .query((row, n) -> Map.of("seq_tup_read", row.getLong(1), "idx_scan", row.getLong(2)))
                .single();
    }

    /**
     * PostgreSQL publishes a session's counts within a second or so of its transaction: the
     * seeding's and the counting's own scans must have arrived before the extensions are counted.
     */
    private Map<String, Long> settledReadsOfDeadlineTables() throws InterruptedException {
        Map<String, Long> last = readsOfDeadlineTables();
        while (true) {
            Thread.sleep(1_500);
            Map<String, Long> now = readsOfDeadlineTables();
            // The scheduler's polls use the indexes all the time; only the scans must have settled.
            if (now.get("seq_tup_read").equals(last.get("seq_tup_read"))) {
                return now;
            }
            last = now;
        }
    }

    /** PostgreSQL publishes a session's counts within a second or so of its transaction. */
    private Map<String, Long> awaitStatisticsOfLookups(Map<String, Long> before, int lookups)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Long> now = readsOfDeadlineTables();
        while (now.get("idx_scan") - before.get("idx_scan") < lookups && System.nanoTime() < deadline) {
            Thread.sleep(200);
            now = readsOfDeadlineTables();
        }
        assertThat(now.get("idx_scan") - before.get("idx_scan")).isGreaterThanOrEqualTo(lookups);
        return now;
    }

    private void migrateEarlierSchedules() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V5__Scope_deadlines_of_earlier_schedules().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
