package org.cooperation.commandservice.log;

import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.commandservice.eventstream.LingeringEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
@EnableConfigurationProperties(CheckpointSettings.class)
public class LogConfig {

    private static final int BATCH_SIZE = 100;

    /**
     * The log is one tracking processor with one segment and one thread: the events reach it in
     * global order, one at a time, so leaves get consecutive indexes. An error stops it rather than
     * letting an event pass without a leaf. After a batch that was not full it pauses {@code linger}
     * before it looks for more events ({@link LingeringEvents}): the leaf of an event that comes
     * meanwhile, and so its inclusion proof, comes up to that much later, and checkpoints are signed
     * every few seconds anyway ({@link CheckpointSettings#every()}).
     */
    @Autowired
    public void eventLogProcessor(
            EventProcessingConfigurer processing, @Value("${agreements.log.linger:PT0.25S}") Duration linger) {
        processing.registerTrackingEventProcessor(
                EventLog.PROCESSING_GROUP,
                configuration -> new LingeringEvents(configuration.eventStore(), linger, BATCH_SIZE),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(BATCH_SIZE));
        processing.registerListenerInvocationErrorHandler(
                EventLog.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** Read once at start: a service without its key does not start, rather than run unable to sign. */
    @Bean
    public CheckpointKey checkpointKey(CheckpointSettings settings) {
        return CheckpointKey.read(settings.signingKey());
    }

    /** One partition, so that checkpoints arrive in order; kept for good, like the events. */
    @Bean
    public NewTopic checkpointsTopic(@Value("${agreements.kafka.replication-factor:1}") short replicationFactor) {
        return TopicBuilder.name(Topics.CHECKPOINTS)
                .partitions(1)
                .replicas(replicationFactor)
                .config("min.insync.replicas", String.valueOf(Math.max(1, replicationFactor - 1)))
                .config("retention.ms", "-1")
                .build();
    }
}
