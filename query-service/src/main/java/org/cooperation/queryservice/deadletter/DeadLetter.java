package org.cooperation.queryservice.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * A record the consumer could not apply, as an operator sees it. Header values and the value are
 * shown as text; a value that is not UTF-8 is shown as {@code base64:...}.
 */
public record DeadLetter(
        long id,
        Instant deadLetteredAt,
        String reason,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String key,
        String agreementId,
        String sequence,
        String eventType,
        String eventId,
        Map<String, String> headers,
        String value,
        Status status,
        int retries,
        Instant lastRetriedAt) {

    /** NEW until an operator retries it; a retry that fails again comes back as a new dead letter. */
    public enum Status { NEW, RETRIED }
}
