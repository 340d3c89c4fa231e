package org.cooperation.queryservice.projection.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A record the consumer could not apply, as an operator sees it. Header values and the value are
 * shown as text; a value that is not UTF-8 is shown as {@code base64:...}. The reason may quote
 * the database's error and, in it, part of the payload: only the secretariat sees it, the headers
 * and the value; auditors see {@code reasonCategory} and the ids ({@link #withoutContent()}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        long id,
        Instant deadLetteredAt,
        ReasonCategory reasonCategory,
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
    public enum Status {
        NEW,
        RETRIED
    }

    /** What kind of failure, told from the reason the consumer gave (see EventRecord and ConsumerConfig). */
    public enum ReasonCategory {
        /** Not JSON, an unknown event type, a missing header: the record cannot be read. */
        @JsonProperty("unreadable-record")
        UNREADABLE_RECORD,
        /** Readable, but not where it stands: a signature that is not the first event, another agreement's subject. */
        @JsonProperty("out-of-place")
        OUT_OF_PLACE,
        /** Read and in place, but the read model's tables refused it (a value they cannot hold). */
        @JsonProperty("refused-by-read-model")
        REFUSED_BY_READ_MODEL;

        static ReasonCategory of(String reason) {
            if (reason.startsWith("unreadable record") || reason.startsWith("unknown event type")) {
                return UNREADABLE_RECORD;
            }
            if (reason.contains(" cannot be event ") || reason.startsWith("the record's subject")) {
                return OUT_OF_PLACE;
            }
            return REFUSED_BY_READ_MODEL;
        }
    }

    /** What an auditor sees: what happened to which record, not what it held nor the database's words. */
    public DeadLetter withoutContent() {
        return new DeadLetter(
                id,
                deadLetteredAt,
                reasonCategory,
                null,
                originalTopic,
                originalPartition,
                originalOffset,
                key,
                agreementId,
                sequence,
                eventType,
                eventId,
                null,
                null,
                status,
                retries,
                lastRetriedAt);
    }
}
