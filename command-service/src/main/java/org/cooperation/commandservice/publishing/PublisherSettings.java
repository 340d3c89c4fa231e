package org.cooperation.commandservice.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Kafka publisher runs.
 *
 * @param threads threads of the tracking processor; it starts more when there are more segments
 *                (in the token store, or about to be created there), since a thread processes one
 *                segment at a time
 * @param initialSegments segments created when the store holds none yet (the first start on an
 *                        empty database); one agreement's events always fall in one segment
 * @param batchSize events sent to Kafka, and awaited, per token update
 * @param linger how long the publisher pauses after a batch that was not full before it looks for
 *               more events ({@link org.cooperation.commandservice.eventstream.LingeringEvents}): the
 *               events that come meanwhile share one send, one acknowledgement and one token update,
 *               and reach the topic, and so the read models and partners, up to this much later
 * @param unattendedAfter how long a segment may go without a claim by any instance before the
 *                        health check reports the publisher down: its events are not being published
 */
@ConfigurationProperties("agreements.publisher")
public record PublisherSettings(
        @DefaultValue("1") int threads,
        @DefaultValue("1") int initialSegments,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT0.02S") Duration linger,
        @DefaultValue("PT1M") Duration unattendedAfter) {}
