package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    private AgreementTopic() {
    }

    /**
     * Every record of one agreement: waits for at least {@code expected} of them, then keeps reading
     * for a quiet while and returns all it saw, so a caller can tell "exactly" from "at least".
     */
    static List<ConsumerRecord<String, byte[]>> recordsOf(String bootstrapServers, String agreementId, int expected,
                                                          Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.AGREEMENT_EVENTS));
            long deadline = System.nanoTime() + timeout.toNanos();
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            while (seen.size() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("saw " + seen.size() + " of " + expected + " records for " + agreementId
                            + " within " + timeout + ": " + types(seen));
                }
                poll(consumer, agreementId, seen);
            }
            long quietUntil = System.nanoTime() + QUIET.toNanos();
            while (System.nanoTime() < quietUntil) {
                poll(consumer, agreementId, seen);
            }
            return seen;
        }
    }

    static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, EventHeaders.TYPE)).toList();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static void poll(KafkaConsumer<String, byte[]> consumer, String agreementId,
                             List<ConsumerRecord<String, byte[]>> seen) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (agreementId.equals(record.key())) {
                seen.add(record);
            }
        });
    }
}
