package org.cooperation.commandservice.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a key is remembered; a key older than this counts as never used
 * @param cleanupInterval how often forgotten keys are deleted
 * @param maxWait how long a request waits for another one with the same key to finish
 */
@ConfigurationProperties("agreements.idempotency")
public record IdempotencySettings(
        @DefaultValue("PT24H") Duration retention,
        @DefaultValue("PT10M") Duration cleanupInterval,
        @DefaultValue("PT15S") Duration maxWait) {}
