package org.cooperation.commandservice.publishing;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.apache.kafka.clients.admin.NewTopic;
import org.cooperation.agreement.api.contract.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
public class PublisherConfig {

    /**
     * The topic is created with enough partitions for consumers to scale out (all events of one
     * agreement share a partition because the record key is the agreement id) and keeps every record.
     */
    @Bean
    public NewTopic agreementEvents(@Value("${agreements.kafka.partitions:6}") int partitions,
                                    @Value("${agreements.kafka.replication-factor:1}") short replicationFactor) {
        return TopicBuilder.name(Topics.AGREEMENT_EVENTS)
                .partitions(partitions)
                .replicas(replicationFactor)
                .config("min.insync.replicas", String.valueOf(Math.max(1, replicationFactor - 1)))
                // The topic is a public record: partners and the read-model rebuild read it from the start.
                .config("retention.ms", "-1")
                .build();
    }

    /**
     * Axon's default listener error handler logs and carries on, which would move the token past
     * an event that never reached Kafka. Propagating the error rolls the batch back instead.
     */
    @Autowired
    public void neverSkipAnEvent(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                KafkaPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
