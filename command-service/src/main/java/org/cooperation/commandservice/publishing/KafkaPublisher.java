package org.cooperation.commandservice.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.commandservice.chain.ChainMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka as a CloudEvent in binary mode.
 *
 * <p>It runs in a streaming event processor whose token is stored in PostgreSQL in the same
 * transaction as the batch's progress. The sends of a batch are awaited before that transaction
 * commits: if the broker does not acknowledge them all, the transaction rolls back, the token
 * stays where it was and the processor retries the batch. Delivery is therefore at least once,
 * never at most once; consumers dedupe on {@code ce_id} or on subject and sequence.
 */
@Component
@ProcessingGroup(KafkaPublisher.PROCESSING_GROUP)
public class KafkaPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaPublisher.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafka;
    private final long ackTimeoutMillis;

    public KafkaPublisher(
            KafkaTemplate<String, byte[]> kafka,
            @Value("${agreements.publisher.ack-timeout-ms:35000}") long ackTimeoutMillis) {
        this.kafka = kafka;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    @EventHandler
    public void publish(
            AgreementEvent event,
            @MessageIdentifier String eventId,
            @SequenceNumber Long sequence,
            @Timestamp Instant recordedAt,
            MetaData metaData) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                Topics.AGREEMENT_EVENTS,
                null,
                event.agreementId().value(),
                EventJson.write(event),
                headers(event, eventId, sequence, recordedAt, metaData));
        pendingSends().add(kafka.send(record));
    }

    /** The sends of the current batch; the first call registers the wait for their acknowledgements. */
    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailedException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
            throw new PublishingFailedException("the broker did not acknowledge " + sends.size() + " events", e);
        }
    }

    private static RecordHeaders headers(
            AgreementEvent event, String eventId, Long sequence, Instant recordedAt, MetaData metaData) {
        var headers = new RecordHeaders();
        EventEnvelope.headers(
                        eventId,
                        event,
                        sequence,
                        recordedAt,
                        new EventEnvelope.Audit(
                                text(metaData.get(AuditMetadata.CORRELATION_ID)),
                                text(metaData.get(AuditMetadata.PRINCIPAL)),
                                text(metaData.get(AuditMetadata.CLIENT)),
                                text(metaData.get(AuditMetadata.REASON))),
                        chain(metaData))
                .forEach((name, value) -> headers.add(name, value.getBytes(UTF_8)));
        return headers;
    }

    /** The event's place in its agreement's chain, as stored with it; null for an event stored unchained. */
    private static EventEnvelope.Chain chain(MetaData metaData) {
        String hash = text(metaData.get(ChainMetadata.HASH));
        return hash == null ? null : new EventEnvelope.Chain(hash, text(metaData.get(ChainMetadata.PREVIOUS_HASH)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
