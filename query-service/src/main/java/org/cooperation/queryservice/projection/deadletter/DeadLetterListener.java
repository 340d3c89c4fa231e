package org.cooperation.queryservice.projection.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the dead-letter topic into the {@code dead_letter} table, where operators see and retry
 * dead letters. Reading the topic, rather than writing the table when the record fails, keeps
 * the topic the one place of truth: every instance's dead letters arrive here, once each.
 */
@Component
public class DeadLetterListener {

    private final DeadLetterRepository deadLetters;

    public DeadLetterListener(DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
    }

    @KafkaListener(
            id = "dead-letters",
            topics = Topics.AGREEMENT_EVENTS_DEAD_LETTERS,
            containerFactory = DeadLetterConfig.CONTAINER_FACTORY,
            concurrency = "1")
    public void on(ConsumerRecord<String, byte[]> record) {
        deadLetters.store(record);
    }
}
