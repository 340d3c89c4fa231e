package org.cooperation.queryservice.projection.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.queryservice.projection.deadline.DeadlineRepository;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.cooperation.queryservice.projection.state.LinkRepository;
import org.cooperation.queryservice.projection.timeline.TimelineRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration
public class ConsumerConfig {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerConfig.class);

    /** Header of a dead letter that says in words why the record could not be applied. */
    public static final String REASON_HEADER = "dead-letter-reason";

    /** The listener container setting that commits offsets of batches the listener has applied. */
    static final String COMMIT_APPLIED_OFFSETS = "commitAppliedOffsets";

    private static final int MAX_REASON_LENGTH = 2_000;

    @Bean
    public EventApplier eventApplier(
            CurrentStateRepository current,
            HistoryRepository history,
            LinkRepository links,
            HeldEventRepository held,
            DeadlineRepository deadlines,
            TimelineRepository timeline,
            TransactionTemplate transaction,
            ProjectionProgress progress) {
        return new EventApplier(
                new ReadModel(current, history, links, held, deadlines, timeline), transaction, progress::changed);
    }

    /**
     * The events' listener takes a poll's worth of records at once; their offsets are committed after
     * the batch's database transaction committed, together with those of the batches since the last
     * commit once {@code interval} has passed (zero: after every batch).
     *
     * <p>Why not after every batch: while commands are few each poll brings one or two events, and
     * each offset commit is a request the broker writes to its offsets topic. What it costs: after a
     * crash the events of up to that interval are delivered again, and the applier recognises them as
     * applied (a redelivery is normal anyway); the group's committed offsets, which tools such as
     * {@code kafka-consumer-groups} show as lag, trail the projection by up to the interval.
     */
    @Bean(COMMIT_APPLIED_OFFSETS)
    public ContainerPostProcessor<String, byte[], AbstractMessageListenerContainer<String, byte[]>>
            commitAppliedOffsets(@Value("${agreements.projection.offset-commit-interval}") Duration interval) {
        return container -> {
            ContainerProperties properties = container.getContainerProperties();
            if (interval.isZero()) {
                properties.setAckMode(ContainerProperties.AckMode.BATCH);
            } else {
                properties.setAckMode(ContainerProperties.AckMode.TIME);
                properties.setAckTime(interval.toMillis());
            }
        };
    }

    /**
     * A record that can never be applied (unreadable, unknown type, out of place, or breaking a
     * table's constraint) goes to the dead-letter topic at once, with the reason in a header, so
     * that other agreements keep flowing. Anything else, such as the database being down, is
     * retried with growing pauses: it is the world that is broken, not the record.
     */
    @Bean
    public DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(Topics.AGREEMENT_EVENTS_DEAD_LETTERS, -1));
        recoverer.setHeadersFunction((record, e) -> {
            var headers = new RecordHeaders();
            headers.add(REASON_HEADER, reason(e).getBytes(UTF_8));
            return headers;
        });
        var backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        // Retried without end, so said each time: spring-kafka itself logs only "Record in retry and
        // not yet recovered", without the cause (an index row too large once stalled a partition so).
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception e, int attempt) {
                LOG.warn(
                        "applying the event at offset {} of {} failed (attempt {}); retried: {}",
                        record.offset(),
                        record.topic() + "-" + record.partition(),
                        attempt,
                        reason(e),
                        e);
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception e, int attempt) {
                LOG.warn(
                        "applying a batch of {} events failed (attempt {}); retried: {}",
                        records.count(),
                        attempt,
                        reason(e),
                        e);
            }
        });
        handler.addNotRetryableExceptions(
                UnusableRecordException.class,
                DataIntegrityViolationException.class,
                AgreementState.NoRuleForEventException.class,
                AgreementState.RecordOutOfPlaceException.class);
        return handler;
    }

    /** Declared here so that the first dead letter does not depend on the broker creating topics on demand. */
    @Bean
    public NewTopic deadLetterTopic() {
        return TopicBuilder.name(Topics.AGREEMENT_EVENTS_DEAD_LETTERS).build();
    }

    /** The innermost message that says what was wrong with the record, not where the listener failed. */
    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof UnusableRecordException)) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }
}
