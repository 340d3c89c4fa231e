package org.cooperation.queryservice.consuming;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    public static final String ID = "read-models";

    private static final Logger log = LoggerFactory.getLogger(AgreementEventListener.class);

    private final EventApplier applier;

    public AgreementEventListener(EventApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(id = ID, topics = Topics.AGREEMENT_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        EventRecord event = EventRecord.read(record);
        switch (applier.apply(event)) {
            case DUPLICATE -> log.debug("skipped redelivered event {} of {}", event.sequence(), event.agreementId());
            case HELD -> log.warn("held event {} of {}: an earlier event of that agreement has not been applied",
                    event.sequence(), event.agreementId());
            case APPLIED -> log.trace("applied event {} of {}", event.sequence(), event.agreementId());
        }
    }
}
