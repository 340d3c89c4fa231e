package org.cooperation.commandservice.publishing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.cooperation.agreement.api.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The events topic, declared so that Spring creates it at start-up with its partitions and
 * retention, and brings an existing topic's settings to these.
 *
 * <p>Except its partition count. Spring would grow an existing topic to a higher count, and that
 * would break the contract's order per agreement: an agreement's key would map to another
 * partition, and consumers could read its new events before the old ones still waiting on the old
 * partition. So an existing topic keeps the count it has; more partitions need a new topic version.
 */
@Configuration
public class EventsTopic {

    private static final Logger log = LoggerFactory.getLogger(EventsTopic.class);
    private static final long LOOK_SECONDS = 10;

    /**
     * Created with enough partitions for consumers to scale out (all events of one agreement share
     * a partition because the record key is the agreement id); keeps every record.
     */
    @Bean
    public NewTopic agreementEvents(
            KafkaAdmin admin,
            @Value("${agreements.kafka.partitions:6}") int partitions,
            @Value("${agreements.kafka.replication-factor:1}") short replicationFactor) {
        return TopicBuilder.name(Topics.AGREEMENT_EVENTS)
                .partitions(partitionsToDeclare(partitions, existingPartitions(admin)))
                .replicas(replicationFactor)
                .config("min.insync.replicas", String.valueOf(Math.max(1, replicationFactor - 1)))
                // The topic is a public record: partners and the read-model rebuild read it from the start.
                .config("retention.ms", "-1")
                .build();
    }

    /** @param existing the topic's partitions, 0 when it does not exist or the broker could not say */
    static int partitionsToDeclare(int configured, int existing) {
        if (existing == 0) {
            return configured;
        }
        if (existing != configured) {
            log.warn(
                    "{} has {} partitions and keeps them, although agreements.kafka.partitions is {}: changing the "
                            + "count would move agreements to other partitions and break the order of their events for "
                            + "every consumer. For more partitions, publish to a new version of the topic "
                            + "(docs/kafka-contract.md).",
                    Topics.AGREEMENT_EVENTS,
                    existing,
                    configured);
        }
        return existing;
    }

    private static int existingPartitions(KafkaAdmin admin) {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            return client.describeTopics(List.of(Topics.AGREEMENT_EVENTS))
                    .allTopicNames()
                    .get(LOOK_SECONDS, TimeUnit.SECONDS)
                    .get(Topics.AGREEMENT_EVENTS)
                    .partitions()
                    .size();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                log.warn(
                        "could not look up {}: {}",
                        Topics.AGREEMENT_EVENTS,
                        e.getCause().toString());
            }
            return 0;
        } catch (TimeoutException e) {
            // Then Spring cannot reach the broker either, and changes nothing.
            log.warn("could not look up {} within {} s", Topics.AGREEMENT_EVENTS, LOOK_SECONDS);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
