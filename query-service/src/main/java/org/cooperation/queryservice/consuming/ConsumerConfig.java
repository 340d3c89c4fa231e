package org.cooperation.queryservice.consuming;

import java.io.UncheckedIOException;
import org.apache.kafka.common.TopicPartition;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.contract.UnknownEventTypeException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration
public class ConsumerConfig {

    /**
     * A record that can never be applied (unknown type, unreadable JSON, missing headers) goes to the
     * dead-letter topic at once, with the reason in its headers, so that other agreements keep
     * flowing. Anything else, such as the database being down, is retried with growing pauses:
     * it is the world that is broken, not the record.
     */
    @Bean
    public DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.AGREEMENT_EVENTS_DEAD_LETTERS, -1));
        var backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnknownEventTypeException.class, IllegalArgumentException.class,
                UncheckedIOException.class);
        return handler;
    }
}
