package org.cooperation.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.Topics;

/**
 * The events topic as a partner agency reads it, while (b) runs: when each agreement's version
 * reached the topic, so that (b)'s latency splits into "on the topic" (what a partner waits) and
 * the projection's share after it. A plain consumer of its own, from the end of the topic.
 */
final class TopicWatch implements AutoCloseable {

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    TopicWatch(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-watch-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.AGREEMENT_EVENTS));
        // Joined and positioned at the end before any command of the phase is sent.
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        poller = new Thread(this::poll, "topic-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** When (System.nanoTime) this version of the agreement was first read from the topic; null if not yet. */
    Long arrival(String agreementId, long version) {
        return arrivals.get(key(agreementId, String.valueOf(version)));
    }

    private static String key(String agreementId, String sequence) {
        return agreementId + "#" + sequence;
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                Header sequence = record.headers().lastHeader(EventHeaders.SEQUENCE);
                if (sequence != null) {
                    arrivals.putIfAbsent(key(record.key(), new String(sequence.value(), UTF_8)), now);
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
