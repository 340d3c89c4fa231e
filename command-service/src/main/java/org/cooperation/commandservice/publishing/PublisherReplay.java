package org.cooperation.commandservice.publishing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Republishes the whole history from the event store, for instance after the topic was lost:
 * the publisher's token is moved back to the start of the event store. Records that reach the
 * topic a second time carry the same {@code ce_id} and {@code sequence}, so consumers that dedupe
 * see no change.
 */
@Service
public class PublisherReplay {

    private static final Logger log = LoggerFactory.getLogger(PublisherReplay.class);

    private final EventProcessingConfiguration processing;

    public PublisherReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * Resetting needs every segment released, so the processor stops for a moment. With several
     * command-service instances, stop the publisher on the others first (see docs/kafka-contract.md).
     */
    public synchronized void replayFromTheStart() {
        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + KafkaPublisher.PROCESSING_GROUP + " processor"));
        log.warn("replaying every stored event to Kafka");
        publisher.shutDown();
        publisher.resetTokens();
        publisher.start();
    }
}
