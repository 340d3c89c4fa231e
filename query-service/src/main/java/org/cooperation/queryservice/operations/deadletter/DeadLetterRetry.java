package org.cooperation.queryservice.operations.deadletter;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.projection.deadletter.DeadLetter;
import org.cooperation.queryservice.projection.deadletter.DeadLetterRepository;
import org.cooperation.queryservice.web.ProblemException;
import org.springframework.http.HttpStatus;
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

    public DeadLetter retry(long id) {
        var original = deadLetters.original(id).orElseThrow(() -> notFound(id));
        var record = new ProducerRecord<>(Topics.AGREEMENT_EVENTS, null, original.key(), original.value(),
                original.headers());
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
        deadLetters.markRetried(id);
        return deadLetters.find(id).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(long id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "dead-letter-not-found", "No such dead letter",
                "No dead letter with id " + id);
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Kafka is unavailable",
                "The dead letter could not be published again; nothing changed, retry later");
    }
}
