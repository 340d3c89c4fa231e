-- Idempotency keys: the answer to the first request sent with a key, given again to every retry
-- with that key. A row is written in the same transaction as the command's events, so a key is
-- remembered if and only if its events were stored. Keys are per principal (token subject): two
-- clients choosing the same key never see each other's answers. Rows older than the retention
-- (agreements.idempotency.retention, 24 hours by default) are deleted by the service.
CREATE TABLE idempotency_key (
    principal    TEXT         NOT NULL,
    request_key  VARCHAR(255) NOT NULL,
    -- SHA-256 (hex) of method, path and JSON body: the same key with another request is refused.
    fingerprint  CHAR(64)     NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    status       SMALLINT,
    content_type VARCHAR(255),
    location     TEXT,
    etag         VARCHAR(100),
    body         BYTEA,
    PRIMARY KEY (principal, request_key)
);

CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
