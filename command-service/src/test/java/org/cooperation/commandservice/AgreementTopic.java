package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.Topics;

/** The agreement topic as a partner agency reads it: a plain consumer of its own, from the beginning. */
final class AgreementTopic {

    /** How long the topic must stay quiet after the expected records, so that a duplicate would be seen. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private AgreementTopic() {}

    /**
     * Every record of one agreement: waits for at least {@code expected} of them, then keeps reading
     * for a quiet while and returns all it saw, so a caller can tell "exactly" from "at least".
     */
    static List<ConsumerRecord<String, byte[]>> recordsOf(
            String bootstrapServers, String agreementId, int expected, Duration timeout) {
        return recordsOf(bootstrapServers, Map.of(agreementId, expected), timeout)
                .get(agreementId);
    }

    /** The same for several agreements at once, each with the number of records expected of it. */
    static Map<String, List<ConsumerRecord<String, byte[]>>> recordsOf(
            String bootstrapServers, Map<String, Integer> expected, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.AGREEMENT_EVENTS));
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<String, List<ConsumerRecord<String, byte[]>>> seen = new HashMap<>();
            expected.keySet().forEach(agreementId -> seen.put(agreementId, new ArrayList<>()));
            while (expected.entrySet().stream()
                    .anyMatch(e -> seen.get(e.getKey()).size() < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("within " + timeout + " saw, of the records expected " + expected
                            + ", these: " + types(seen));
                }
                poll(consumer, seen);
            }
            long quietUntil = System.nanoTime() + QUIET.toNanos();
            while (System.nanoTime() < quietUntil) {
                poll(consumer, seen);
            }
            return seen;
        }
    }

    static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, EventHeaders.TYPE)).toList();
    }

    private static Map<String, List<String>> types(Map<String, List<ConsumerRecord<String, byte[]>>> records) {
        Map<String, List<String>> types = new HashMap<>();
        records.forEach((agreementId, ofIt) -> types.put(agreementId, types(ofIt)));
        return types;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static void poll(
            KafkaConsumer<String, byte[]> consumer, Map<String, List<ConsumerRecord<String, byte[]>>> seen) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            List<ConsumerRecord<String, byte[]>> ofIt = seen.get(record.key());
            if (ofIt != null) {
                ofIt.add(record);
            }
        });
    }
}
