package org.cooperation.faultsuite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ten clients at once on one agreement. With one key, the ten are one command: one event, and
 * every acknowledged answer names the same version. With ten keys and the same {@code If-Match},
 * one wins and the others get 409.
 */
record OneAgreementRace(int number, String name, boolean sameKey) implements Scenario {

    static final int CLIENTS = 10;

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        Ledger ledger = new Ledger();
        String prefix = context.prefix(number);
        String agreementId = prefix + "-0";
        Workload workload = new Workload(context.commands(), ledger, prefix, 0, 0, 1);
        workload.send(agreementId, agreementId + "-sign", "/api/agreements", Bodies.signature(agreementId), null);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CommandClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String key = sameKey ? agreementId + "-contact" : agreementId + "-contact-" + i;
            replies.add(pool.submit(() -> {
                go.await();
                return context.commands()
                        .post(
                                "/api/agreements/" + agreementId + "/contacts",
                                Bodies.contact(key),
                                key,
                                sameKey ? null : 0L);
            }));
        }
        go.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            CommandClient.Reply reply = replies.get(i).get();
            statuses.merge(reply.status(), 1, Integer::sum);
            String key = sameKey ? agreementId + "-contact" : agreementId + "-contact-" + i;
            Ledger.Outcome outcome = reply.acknowledged()
                    ? Ledger.Outcome.ACKNOWLEDGED
                    : reply.retryable() ? Ledger.Outcome.NO_ANSWER : Ledger.Outcome.REJECTED;
            if (!sameKey || reply.acknowledged()) {
                ledger.record(
                        new Ledger.Entry(key, agreementId, outcome, reply.status(), reply.version(), 1, Instant.now()));
            }
            if (reply.acknowledged()) {
                versions.add(reply.version());
            }
        }
        pool.shutdown();
        Instant loadEnded = Instant.now();
        Findings findings = context.checks().awaitQuiet(prefix, ledger, FaultUnderLoad.QUIET_PATIENCE);
        boolean passed = sameKey
                ? versions.size() >= 1 && versions.stream().distinct().count() == 1 && findings.storedEvents() == 2
                : statuses.getOrDefault(200, 0) == 1
                        && statuses.getOrDefault(409, 0) == CLIENTS - 1
                        && findings.storedEvents() == 2;
        return new ScenarioResult(
                number,
                name,
                findings,
                null,
                Duration.between(loadEnded, Instant.now()),
                "answers " + statuses + ", events stored " + findings.storedEvents() + " (sign + 1 expected)",
                passed);
    }
}
