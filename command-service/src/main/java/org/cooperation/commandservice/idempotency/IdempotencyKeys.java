package org.cooperation.commandservice.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_key} table. Every statement here runs in the caller's transaction, the
 * one that also appends the command's events, so a key's answer is stored if and only if the
 * events are.
 */
@Repository
class IdempotencyKeys {

    /** A key and what its first request was. */
    record Earlier(String fingerprint, StoredResponse response) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Bounds how long this transaction waits for another one holding the same key. */
    void limitLockWait(Duration wait) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)")
                .param(wait.toMillis() + "ms")
                .query()
                .singleValue();
    }

    /**
     * Claims the key for this request, or finds what it was first used for. A claim is a row that
     * only this transaction sees until it commits; a second claim of the same key waits for that
     * commit (or rollback) on PostgreSQL's row lock. A key older than {@code forgottenBefore} is
     * claimed afresh, as if it had never been used.
     */
    Optional<Earlier> claimOrFind(
            String principal, String key, String fingerprint, Instant now, Instant forgottenBefore) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (principal, request_key, fingerprint, created_at)
                        VALUES (:principal, :key, :fingerprint, :now)
                        ON CONFLICT (principal, request_key) DO UPDATE
                            SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
                                status = NULL, content_type = NULL, location = NULL, etag = NULL, body = NULL
                            WHERE idempotency_key.created_at < :forgottenBefore
                        """)
                .param("principal", principal)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now))
                .param("forgottenBefore", Timestamp.from(forgottenBefore))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT fingerprint, status, content_type, location, etag, body
                        FROM idempotency_key WHERE principal = ? AND request_key = ?
                        """)
                .params(principal, key)
                .query((rs, row) -> new Earlier(
                        rs.getString(1),
                        new StoredResponse(
                                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6))))
                .single());
    }

    void complete(String principal, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                        WHERE principal = ? AND request_key = ?
                        """)
                .params(
                        response.status(),
                        response.contentType(),
                        response.location(),
                        response.etag(),
                        response.body(),
                        principal,
                        key)
                .update();
    }

    /** Deletes keys older than {@code forgottenBefore}; returns how many. */
    int forget(Instant forgottenBefore) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < ?")
                .param(Timestamp.from(forgottenBefore))
                .update();
    }
}
