package org.cooperation.queryservice.operations.deadletter;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.projection.deadletter.DeadLetter;
import org.cooperation.queryservice.projection.deadletter.DeadLetterRepository;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Retries a dead letter by publishing the original record, byte for byte and with the same key,
 * to the events topic again. It then takes the normal way: applied once (a copy already applied
 * is recognised as a duplicate), held if it still comes too early, or dead-lettered again with a
 * new reason.
 */
@Service
public class DeadLetterRetry {

    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final DeadLetterRepository deadLetters;
    private final KafkaTemplate<String, byte[]> kafka;

    public DeadLetterRetry(DeadLetterRepository deadLetters, KafkaTemplate<String, byte[]> kafka) {
        this.deadLetters = deadLetters;
        this.kafka = kafka;
    }

    /**
     * The dead letter as it is after the retry; empty when there is no such dead letter.
     *
     * @throws BrokerUnavailableException when the record could not be published; nothing changed
     */
    public Optional<DeadLetter> retry(long id) {
        var found = deadLetters.original(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var original = found.get();
        var record = new ProducerRecord<>(
                Topics.AGREEMENT_EVENTS, null, original.key(), original.value(), original.headers());
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException();
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException();
        }
        deadLetters.markRetried(id);
        return deadLetters.find(id);
    }

    /** Kafka did not take the record within the wait. */
    public static class BrokerUnavailableException extends RuntimeException {

        BrokerUnavailableException() {
            super("The dead letter could not be published again; nothing changed, retry later");
        }
    }
}
