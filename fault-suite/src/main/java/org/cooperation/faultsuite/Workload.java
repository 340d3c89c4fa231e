package org.cooperation.faultsuite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load through HTTP: agreements signed and given contacts, a few at a time. A command without
 * an answer is sent again with the same idempotency key until it is answered or the patience
 * runs out, as a client that must not lose a command does.
 */
final class Workload {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    private final CommandClient client;
    private final Ledger ledger;
    private final String prefix;
    private final int agreements;
    private final int contactsEach;
    private final int concurrency;
    private final AtomicInteger sent = new AtomicInteger();

    Workload(CommandClient client, Ledger ledger, String prefix, int agreements, int contactsEach, int concurrency) {
        this.client = client;
        this.ledger = ledger;
        this.prefix = prefix;
        this.agreements = agreements;
        this.contactsEach = contactsEach;
        this.concurrency = concurrency;
    }

    int total() {
        return agreements * (1 + contactsEach);
    }

    /** Commands answered so far, acknowledged or not: the fault is injected at a share of these. */
    int answered() {
        return sent.get();
    }

    /** Runs in the background; the future completes when every command has its final outcome. */
    Future<?> start() {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> chains = new ArrayList<>();
        for (int i = 0; i < agreements; i++) {
            String agreementId = prefix + "-" + i;
            chains.add(pool.submit(() -> chain(agreementId)));
        }
        pool.shutdown();
        return Executors.newSingleThreadExecutor(r -> new Thread(r, "workload-" + prefix))
                .submit(() -> {
                    for (Future<?> chain : chains) {
                        chain.get();
                    }
                    return null;
                });
    }

    private void chain(String agreementId) {
        if (send(agreementId, agreementId + "-sign", "/api/agreements", Bodies.signature(agreementId), null)
                != Ledger.Outcome.ACKNOWLEDGED) {
            return;
        }
        for (int c = 0; c < contactsEach; c++) {
            String key = agreementId + "-contact-" + c;
            send(agreementId, key, "/api/agreements/" + agreementId + "/contacts", Bodies.contact(key), null);
        }
    }

    /** Sends until answered; records the final outcome in the ledger. */
    Ledger.Outcome send(String agreementId, String key, String path, String body, Long ifMatch) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int attempts = 0;
        CommandClient.Reply reply;
        do {
            attempts++;
            reply = client.post(path, body, key, ifMatch);
            if (!reply.retryable()) {
                break;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        Ledger.Outcome outcome = reply.acknowledged()
                ? Ledger.Outcome.ACKNOWLEDGED
                : reply.retryable() ? Ledger.Outcome.NO_ANSWER : Ledger.Outcome.REJECTED;
        ledger.record(
                new Ledger.Entry(key, agreementId, outcome, reply.status(), reply.version(), attempts, Instant.now()));
        sent.incrementAndGet();
        return outcome;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
