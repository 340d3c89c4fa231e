package org.cooperation.queryservice.operations.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of a topic from its first record, in stretches up to given offsets. It
 * joins no consumer group and commits nothing, so the live consumers never notice it.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;

    TopicReader(Map<String, Object> consumerProperties, String topic) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Enough per poll to keep the bulk load busy, few enough for each poll's records to die young.
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The partitions whose first records are gone (retention), so that a rebuild from the topic would lose events. */
    List<TopicPartition> truncatedPartitions() {
        return consumer.beginningOffsets(partitions).entrySet().stream()
                .filter(first -> first.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Back to the first record of every partition. */
    void rewind() {
        consumer.seekToBeginning(partitions);
    }

    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions);
    }

    /**
     * Hands on the records before {@code ends}, a poll's worth at a time, and leaves every
     * partition positioned exactly at its end, so that the next stretch starts there.
     */
    void readUntil(Map<TopicPartition, Long> ends, Consumer<List<ConsumerRecord<String, byte[]>>> batches) {
        long stalledSince = System.nanoTime();
        while (!reached(ends)) {
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
                stalledSince = System.nanoTime();
            } else if (System.nanoTime() - stalledSince > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("no records from the topic for " + STALL_LIMIT + " before its end");
            }
        }
        ends.forEach(consumer::seek);
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
