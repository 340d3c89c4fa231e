package org.cooperation.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds the event store to the client's ledger, and the topic and the read models to the event
 * store. The read model's state is compared with query-service's own fold of the agreement's
 * history ({@code ?recordedAsOf=} now, computed from the stored events on each request), so a
 * projection that skipped, repeated or misapplied an event shows as a difference.
 */
final class Checks {

    private static final int EXAMPLES = 5;

    private final EventStore store;
    private final TopicReader topic;
    private final QueryClient query;

    Checks(EventStore store, TopicReader topic, QueryClient query) {
        this.store = store;
        this.topic = topic;
        this.query = query;
    }

    EventStore store() {
        return store;
    }

    /** Checks until the read side has caught up or the patience runs out, then reports what it found. */
    Findings awaitQuiet(String prefix, Ledger ledger, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Findings findings = check(prefix, ledger);
        while (!findings.caughtUp() && System.nanoTime() < deadline) {
            Workload.sleep(1000);
            findings = check(prefix, ledger);
        }
        return findings;
    }

    Findings check(String prefix, Ledger ledger) {
        List<String> examples = new ArrayList<>();
        List<StoredEvent> events = store.events(prefix);
        Map<String, List<StoredEvent>> byAgreement =
                events.stream().collect(Collectors.groupingBy(StoredEvent::agreementId));

        Map<String, Long> effects = events.stream()
                .filter(e -> e.correlationId() != null)
                .collect(Collectors.groupingBy(StoredEvent::correlationId, Collectors.counting()));
        long lost = 0;
        long doubleApplied = 0;
        long rejectedButApplied = 0;
        for (Ledger.Entry entry : ledger.entries()) {
            long count = effects.getOrDefault(entry.key(), 0L);
            if (entry.outcome() == Ledger.Outcome.ACKNOWLEDGED && count == 0) {
                lost++;
                note(examples, "lost: " + entry.key());
            }
            if (entry.outcome() == Ledger.Outcome.REJECTED && count == 1) {
                rejectedButApplied++;
                note(examples, "applied, yet its retry was refused with " + entry.status() + ": " + entry.key());
            }
            if (count > 1) {
                doubleApplied++;
                note(examples, "applied " + count + " times: " + entry.key() + " (" + entry.outcome() + ")");
            }
        }

        long gaps = 0;
        for (List<StoredEvent> stream : byAgreement.values()) {
            for (int i = 0; i < stream.size(); i++) {
                if (stream.get(i).sequence() != i) {
                    gaps++;
                    note(examples, "sequence gap in " + stream.get(0).agreementId() + " at " + i);
                    break;
                }
            }
        }

        long missing = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        Map<String, List<TopicReader.TopicRecord>> onTopic = topic.readAll().stream()
                .filter(r -> r.key() != null && r.key().startsWith(prefix))
                .collect(Collectors.groupingBy(TopicReader.TopicRecord::key));
        for (Map.Entry<String, List<StoredEvent>> agreement : byAgreement.entrySet()) {
            List<TopicReader.TopicRecord> records = onTopic.getOrDefault(agreement.getKey(), List.of()).stream()
                    .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                    .toList();
            Set<Long> seen = new HashSet<>();
            long last = -1;
            for (TopicReader.TopicRecord record : records) {
                if (!seen.add(record.sequence())) {
                    duplicates++;
                    continue;
                }
                if (record.sequence() < last) {
                    outOfOrder++;
                    note(
                            examples,
                            "out of order on the topic: " + agreement.getKey() + " " + record.sequence() + " after "
                                    + last);
                }
                last = Math.max(last, record.sequence());
            }
            for (StoredEvent event : agreement.getValue()) {
                if (!seen.contains(event.sequence())) {
                    missing++;
                    note(examples, "not on the topic: " + event.agreementId() + " #" + event.sequence());
                }
            }
        }

        long behind = 0;
        long differs = 0;
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        for (Map.Entry<String, List<StoredEvent>> agreement : byAgreement.entrySet()) {
            String path = "/api/agreements/" + agreement.getKey();
            Optional<JsonNode> current = query.get(path).map(body -> body.path("agreement"));
            long expectedVersion = agreement.getValue().size() - 1L;
            long version = current.map(node -> node.path("version").asLong(-1)).orElse(-1L);
            if (version != expectedVersion) {
                behind++;
                note(
                        examples,
                        "read model of " + agreement.getKey() + " at version " + version + ", store at "
                                + expectedVersion);
                continue;
            }
            Optional<JsonNode> folded = query.get(path + "?recordedAsOf=" + now).map(body -> body.path("agreement"));
            if (folded.isEmpty() || !folded.get().equals(current.get())) {
                differs++;
                note(
                        examples,
                        "read model of " + agreement.getKey() + " differs from the fold of its events:\n  "
                                + current.get() + "\n  "
                                + folded.map(JsonNode::toString).orElse("(no fold)"));
            }
        }

        return new Findings(
                ledger.count(Ledger.Outcome.ACKNOWLEDGED),
                ledger.count(Ledger.Outcome.REJECTED),
                ledger.count(Ledger.Outcome.NO_ANSWER),
                lost,
                doubleApplied,
                rejectedButApplied,
                events.size(),
                gaps,
                missing,
                duplicates,
                outOfOrder,
                behind,
                differs,
                examples);
    }

    /** Every agreement's current state, for comparing before and after an operation on the read side. */
    Map<String, JsonNode> snapshot(String prefix) {
        Map<String, JsonNode> states = new HashMap<>();
        for (String id :
                store.events(prefix).stream().map(StoredEvent::agreementId).collect(Collectors.toSet())) {
            states.put(
                    id,
                    query.get("/api/agreements/" + id)
                            .map(body -> body.path("agreement"))
                            .orElse(null));
        }
        return states;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }
}
