package org.cooperation.commandservice.idempotency;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes idempotency keys past their retention. Safe on several instances at once: each deletes
 * what is old, and a key claimed afresh in the meantime is young again.
 */
@Component
public class ForgottenKeys {

    private static final Logger log = LoggerFactory.getLogger(ForgottenKeys.class);

    private final IdempotencyKeys keys;
    private final IdempotencySettings settings;
    private final Clock clock;

    ForgottenKeys(IdempotencyKeys keys, IdempotencySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${agreements.idempotency.cleanup-interval:PT10M}",
            initialDelayString = "${agreements.idempotency.cleanup-interval:PT10M}")
    public int forgetExpired() {
        int deleted = keys.forget(clock.instant().minus(settings.retention()));
        if (deleted > 0) {
            log.info("forgot {} idempotency keys older than {}", deleted, settings.retention());
        }
        return deleted;
    }
}
