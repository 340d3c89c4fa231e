package org.cooperation.queryservice.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the agreement events topic. The container commits a record's offset only after
 * {@link EventApplier} committed its database transaction, so a crash in between redelivers
 * the record, and the applier recognises it.
 */
@Component
public class AgreementEventListener {

    private static final Logger log = LoggerFactory.getLogger(AgreementEventListener.class);

    private final EventApplier applier;

    public AgreementEventListener(EventApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(id = "read-models", topics = Topics.AGREEMENT_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.read(name -> header(record, name), record.value());
        EventApplier.Outcome outcome = applier.apply(received, new EventApplier.Audit(
                header(record, EventHeaders.PRINCIPAL),
                header(record, EventHeaders.CLIENT),
                header(record, EventHeaders.CORRELATION_ID)), record.value());
        if (outcome == EventApplier.Outcome.DUPLICATE) {
            log.debug("skipped redelivered event {} of {}", received.sequence(), received.agreementId());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
