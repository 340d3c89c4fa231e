package org.cooperation.queryservice.projection.consuming;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Reads the agreement events topic a poll's worth at a time and has {@link EventApplier} apply
 * each batch in one database transaction. The container commits the batches' offsets only after
 * their transactions committed, once a second at most ({@link ConsumerConfig#commitAppliedOffsets}),
 * so a crash in between redelivers the records, and the applier recognises them. A record that
 * fails is named to the error handler, which commits the offsets of the records before it (applied
 * already), and dead-letters or retries that record.
 */
@Component
public class AgreementEventListener {

    public static final String ID = "read-models";

    private static final Logger log = LoggerFactory.getLogger(AgreementEventListener.class);

    private final EventApplier applier;

    public AgreementEventListener(EventApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(
            id = ID,
            topics = Topics.AGREEMENT_EVENTS,
            batch = "true",
            containerPostProcessor = ConsumerConfig.COMMIT_APPLIED_OFFSETS)
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        List<EventRecord> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(EventRecord.read(record));
            } catch (UnusableRecordException e) {
                // The readable records before it are applied, so that only this one goes to the dead letters.
                apply(events, records);
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
        }
        apply(events, records);
    }

    private void apply(List<EventRecord> events, List<ConsumerRecord<String, byte[]>> records) {
        List<EventApplier.Outcome> outcomes;
        try {
            outcomes = applier.applyAll(events);
        } catch (EventApplier.RecordFailedException e) {
            throw new BatchListenerFailedException(e.getMessage(), e.getCause(), records.get(e.index()));
        }
        for (int i = 0; i < events.size(); i++) {
            EventRecord event = events.get(i);
            switch (outcomes.get(i)) {
                case DUPLICATE ->
                    log.debug("skipped redelivered event {} of {}", event.sequence(), event.agreementId());
                case HELD ->
                    log.warn(
                            "held event {} of {}: an earlier event of that agreement has not been applied",
                            event.sequence(),
                            event.agreementId());
                case APPLIED -> log.trace("applied event {} of {}", event.sequence(), event.agreementId());
            }
        }
    }
}
