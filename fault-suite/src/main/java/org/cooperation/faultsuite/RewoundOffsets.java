package org.cooperation.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * query-service's consumer group set back to the first offset of every partition, as an
 * operator's mistake or a restored broker would: every event arrives a second time, and the
 * read models must not change.
 */
record RewoundOffsets(int number, String name) implements Scenario {

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        Ledger ledger = new Ledger();
        String prefix = context.prefix(number);
        context.workload(ledger, prefix).start().get();
        Findings before = context.checks().awaitQuiet(prefix, ledger, FaultUnderLoad.QUIET_PATIENCE);
        Map<String, JsonNode> statesBefore = context.checks().snapshot(prefix);

        context.system().queryService().stop();
        Instant rewoundAt = Instant.now();
        int rewound;
        try (Admin admin = ReaderGroup.admin(context)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ReaderGroup.GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetAndMetadata> start =
                    committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
            rewound = start.size();
            admin.alterConsumerGroupOffsets(ReaderGroup.GROUP, start).all().get();
            context.system().queryService().start();
            context.system().queryService().awaitHealthy(Faults.HEALTHY_WITHIN);
            awaitNoLag(admin, Duration.ofMinutes(3));
        }
        Duration reread = Duration.between(rewoundAt, Instant.now());
        Findings after = context.checks().awaitQuiet(prefix, ledger, FaultUnderLoad.QUIET_PATIENCE);
        Map<String, JsonNode> statesAfter = context.checks().snapshot(prefix);
        long changed = statesBefore.keySet().stream()
                .filter(id ->
                        statesBefore.get(id) == null || !statesBefore.get(id).equals(statesAfter.get(id)))
                .count();
        return new ScenarioResult(
                number,
                name,
                after,
                null,
                reread,
                rewound + " partitions rewound, topic re-read in " + reread.toMillis() + " ms; read models changed: "
                        + changed + " of " + statesBefore.size(),
                // No offsets to rewind would mean the suite rewound the wrong group and proved nothing.
                before.nothingLost() && changed == 0 && rewound > 0);
    }

    /** Until the group's committed offsets reach the end of every partition. */
    private static void awaitNoLag(Admin admin, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ReaderGroup.GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            boolean caughtUp = committed.entrySet().stream()
                    .allMatch(c -> c.getValue() != null
                            && c.getValue().offset() >= ends.get(c.getKey()).offset());
            if (caughtUp) {
                return;
            }
            Workload.sleep(500);
        }
        throw new IllegalStateException("query-service did not re-read the topic within " + patience);
    }
}
