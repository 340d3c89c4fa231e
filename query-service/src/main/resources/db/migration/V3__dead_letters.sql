-- Records the consumer could not apply, read back from the dead-letter topic so that an operator
-- can see and retry them. Operational, not a read model: a rebuild leaves this table alone.
CREATE TABLE dead_letter (
    id                 BIGSERIAL    PRIMARY KEY,
    dlt_partition      INT          NOT NULL,
    dlt_offset         BIGINT       NOT NULL,
    dead_lettered_at   TIMESTAMPTZ  NOT NULL,
    reason             TEXT         NOT NULL,
    original_topic     TEXT,
    original_partition INT,
    original_offset    BIGINT,
    record_key         TEXT,
    agreement_id       TEXT,
    sequence           TEXT,
    event_type         TEXT,
    event_id           TEXT,
    headers            JSONB        NOT NULL,
    value              BYTEA,
    status             VARCHAR(20)  NOT NULL DEFAULT 'NEW',
    retries            INT          NOT NULL DEFAULT 0,
    last_retried_at    TIMESTAMPTZ,
    UNIQUE (dlt_partition, dlt_offset)
);

CREATE INDEX dead_letter_status_idx ON dead_letter (status);
