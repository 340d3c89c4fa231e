package org.cooperation.faultsuite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * A write to the event store that stays open longer than the publisher's gap timeout while other
 * commands commit. Its global index is taken when it inserts, so for the whole time the publisher
 * sees a gap behind events it has already published; once the transaction commits, its event
 * must still reach the topic.
 * <p>
 * A command transaction cannot be held open from outside the service, so the suite plays that
 * slow writer itself: it inserts, in its own transaction, a copy of an agreement's signature made
 * for a new agreement id, exactly as the command side would have stored it, and commits it after
 * the hold.
 */
record HeldTransaction(int number, String name, Duration hold) implements Scenario {

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        Ledger ledger = new Ledger();
        String prefix = context.prefix(number);
        String template = prefix + "-template";
        String held = prefix + "-held";
        new Workload(context.commands(), ledger, prefix, 0, 0, 1)
                .send(template, template + "-sign", "/api/agreements", Bodies.signature(template), null);

        Instant committedAt;
        try (Connection connection = context.checks().store().connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO command.domainevententry (aggregateidentifier, sequencenumber, type,
                           eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
                    SELECT ?, 0, type, ?,
                           convert_to(replace(convert_from(metadata, 'UTF8'), ?, ?), 'UTF8'),
                           convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'),
                           payloadrevision, payloadtype, timestamp
                      FROM command.domainevententry
                     WHERE aggregateidentifier = ? AND sequencenumber = 0""")) {
                insert.setString(1, held);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, template + "-sign");
                insert.setString(4, held + "-sign");
                insert.setString(5, "\"" + template + "\"");
                insert.setString(6, "\"" + held + "\"");
                insert.setString(7, template);
                insert.executeUpdate();
            }
            Workload workload = context.workload(ledger, prefix);
            Future<?> load = workload.start();
            Workload.sleep(hold.toMillis());
            connection.commit();
            committedAt = Instant.now();
            load.get();
        }
        // The held write is the client's own command: acknowledged when it committed.
        ledger.record(new Ledger.Entry(held + "-sign", held, Ledger.Outcome.ACKNOWLEDGED, 201, 0, 1, committedAt));
        Findings findings = context.checks().awaitQuiet(prefix, ledger, FaultUnderLoad.QUIET_PATIENCE);
        return new ScenarioResult(
                number,
                name,
                findings,
                null,
                Duration.between(committedAt, Instant.now()),
                "write held open " + hold.toSeconds() + " s while " + findings.acknowledged() + " commands committed",
                true);
    }
}
