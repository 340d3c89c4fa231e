package org.cooperation.commandservice.publishing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.cooperation.commandservice.eventstream.LingeringEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PublisherSettings.class)
public class PublisherConfig {

    private static final Logger log = LoggerFactory.getLogger(PublisherConfig.class);

    /**
     * Axon's default listener error handler logs and carries on, which would move the token past
     * an event that never reached Kafka. Propagating the error rolls the batch back instead.
     */
    @Autowired
    public void neverSkipAnEvent(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                KafkaPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The publisher is a tracking processor over the event store, which wakes it in-process the
     * moment a command's events commit (a pooled processor would look every 500 ms instead). After a
     * batch that was not full it pauses {@code linger} before it looks again ({@link LingeringEvents}).
     *
     * <p>A tracking processor processes one segment per thread and never more segments than it has
     * threads: segments beyond that stay unclaimed, and their events are stored but never published.
     * The store keeps the segments of the first start, whatever the settings say later, so the
     * thread count is raised to the number of segments found there (or about to be created).
     */
    @Autowired
    public void trackingProcessor(EventProcessingConfigurer processing, PublisherSettings settings) {
        processing.registerTrackingEventProcessor(
                KafkaPublisher.PROCESSING_GROUP,
                configuration ->
                        new LingeringEvents(configuration.eventStore(), settings.linger(), settings.batchSize()),
                configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(
                                threads(settings.threads(), settings.initialSegments(), storedSegments(configuration)))
                        .andInitialSegmentsCount(settings.initialSegments())
                        .andBatchSize(settings.batchSize()));
    }

    /**
     * A thread for every segment: those in the store, or, on an empty store, those the first start
     * creates; never fewer than configured (spare threads take over segments another instance lets go).
     */
    static int threads(int configured, int initialSegments, int storedSegments) {
        int segments = storedSegments == 0 ? initialSegments : storedSegments;
        if (segments > configured) {
            log.warn(
                    "{} has {} segments; starting {} threads instead of the configured {}, so that every "
                            + "segment is published",
                    KafkaPublisher.PROCESSING_GROUP,
                    segments,
                    segments,
                    configured);
            return segments;
        }
        return configured;
    }

    private static int storedSegments(org.axonframework.config.Configuration configuration) {
        TokenStore tokens = configuration.eventProcessingConfiguration().tokenStore(KafkaPublisher.PROCESSING_GROUP);
        return configuration
                .getComponent(TransactionManager.class)
                .fetchInTransaction(() -> tokens.fetchSegments(KafkaPublisher.PROCESSING_GROUP).length);
    }
}
