package org.cooperation.partner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.Witness;
import org.cooperation.agreement.api.verification.WitnessCommand;

/**
 * A partner agency as a witness: reads both topics from their beginning to their current end with
 * the plain Kafka client and hands every record to {@code shared-kernel}'s {@link Witness}. The
 * checkpoints are read up to their end first, then the events, so that every event a checkpoint
 * holds has had its time to be published.
 *
 * <pre>
 * java -cp partner-example.jar:... org.cooperation.partner.PartnerWitness 127.0.0.1:19092 keys.json trusted.json
 * </pre>
 */
public final class PartnerWitness {

    private static final Duration POLL = Duration.ofMillis(500);

    private PartnerWitness() {}

    /** Verifies both topics against the keys trusted and the checkpoint trusted last time (null: none yet). */
    public static Witness.Report verify(String bootstrapServers, Map<String, PublicKey> keys, Checkpoint trusted) {
        Witness witness = new Witness(keys, trusted);
        try (KafkaConsumer<String, byte[]> checkpoints = consumer(bootstrapServers);
                KafkaConsumer<String, byte[]> events = consumer(bootstrapServers)) {
            Map<TopicPartition, Long> checkpointsEnd = assignFromTheStart(checkpoints, Topics.CHECKPOINTS);
            Map<TopicPartition, Long> eventsEnd = assignFromTheStart(events, Topics.AGREEMENT_EVENTS);
            readToTheEnd(checkpoints, checkpointsEnd, record -> witness.checkpoint(record.value()));
            readToTheEnd(
                    events,
                    eventsEnd,
                    record -> witness.event(name -> text(record.headers().lastHeader(name)), record.value()));
        }
        return witness.finish();
    }

    public static void main(String[] args) {
        String bootstrapServers = args.length > 0 ? args[0] : "127.0.0.1:19092";
        Path keys = Path.of(args.length > 1 ? args[1] : "keys.json");
        Path trustedFile = Path.of(args.length > 2 ? args[2] : "trusted.json");
        Witness.Report report =
                verify(bootstrapServers, WitnessCommand.keys(keys), WitnessCommand.trusted(trustedFile));
        report.problems().forEach(problem -> System.out.println("INVALID " + problem.reason()));
        System.out.println((report.valid() ? "VALID " : "INVALID ") + report.events() + " event records, "
                + report.checkpoints() + " checkpoint records");
        if (report.valid() && report.latestVerified() != null) {
            WitnessCommand.trust(trustedFile, report.latestVerified());
        }
        System.exit(report.valid() ? 0 : 1);
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Every partition of the topic, from its first record; returns where each ends now. */
    private static Map<TopicPartition, Long> assignFromTheStart(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer.endOffsets(partitions);
    }

    private static void readToTheEnd(
            KafkaConsumer<String, byte[]> consumer,
            Map<TopicPartition, Long> end,
            Consumer<ConsumerRecord<String, byte[]>> action) {
        while (end.entrySet().stream()
                .anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    action.accept(record);
                }
            }
        }
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
