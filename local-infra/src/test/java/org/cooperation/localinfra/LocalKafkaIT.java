package org.cooperation.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One broker for the class, since starting one costs seconds; each test uses its own topic. */
class LocalKafkaIT {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.builder()
                .dataDirectory(TestDirectories.fresh("kafka"))
                .start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void deliversARecordToAConsumerGroup() throws Exception {
        String topic = newTopic();
        send(topic, "agreement-1", "signed");

        assertEquals(List.of("signed"), readAsGroupMember(topic, 1));
    }

    @Test
    void keepsRecordsAcrossRestart() throws Exception {
        String topic = newTopic();
        TopicPartition partition = send(topic, "agreement-2", "ratified");

        kafka.stop();
        kafka.start();

        assertEquals(List.of("ratified"), readFromStart(partition, 1));
    }

    @Test
    void keepsAcknowledgedRecordsAcrossAKill() throws Exception {
        String topic = newTopic();
        TopicPartition partition = send(topic, "agreement-3", "amended");

        kafka.kill();
        kafka.start();

        assertEquals(List.of("amended"), readFromStart(partition, 1));
    }

    private static String newTopic() {
        return "test-" + UUID.randomUUID();
    }

    private static TopicPartition send(String topic, String key, String value)
            throws ExecutionException, InterruptedException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            var metadata =
                    producer.send(new ProducerRecord<>(topic, key, value)).get();
            return new TopicPartition(metadata.topic(), metadata.partition());
        }
    }

    private static List<String> readAsGroupMember(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                "group-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"))) {
            consumer.subscribe(List.of(topic));
            return poll(consumer, expected);
        }
    }

    /** Reads without a group, so the test does not wait for a rebalance after the restart. */
    private static List<String> readFromStart(TopicPartition partition, int expected) {
        try (KafkaConsumer<String, String> consumer = consumer(Map.of())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            return poll(consumer, expected);
        }
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        config.putAll(extra);
        return new KafkaConsumer<>(config);
    }

    private static List<String> poll(KafkaConsumer<String, String> consumer, int expected) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (values.size() < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                values.add(record.value());
            }
        }
        return values;
    }
}
