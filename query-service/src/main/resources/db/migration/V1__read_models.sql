-- The full history: one row per applied event. Its keys are also the record of what was applied:
-- a redelivered event hits the primary key (event id) or the (agreement, sequence) key and is
-- skipped, inside the same transaction that would have changed the current state.
CREATE TABLE agreement_event (
    event_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    agreement_id   VARCHAR(100) NOT NULL,
    sequence       BIGINT       NOT NULL,
    type           VARCHAR(200) NOT NULL,
    business_date  DATE,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    principal      VARCHAR(200),
    client         VARCHAR(200),
    correlation_id VARCHAR(200),
    payload        JSONB        NOT NULL,
    UNIQUE (agreement_id, sequence)
);

-- The current state of each agreement: the whole document, plus the columns that lists filter on.
CREATE TABLE agreement (
    agreement_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    title            TEXT         NOT NULL,
    term_ends_on     DATE         NOT NULL,
    next_meeting_due DATE,
    party_codes      TEXT[]       NOT NULL,
    fields           TEXT[]       NOT NULL,
    state            JSONB        NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX agreement_status_idx ON agreement (status);
CREATE INDEX agreement_term_ends_on_idx ON agreement (term_ends_on);
CREATE INDEX agreement_party_codes_idx ON agreement USING GIN (party_codes);
CREATE INDEX agreement_fields_idx ON agreement USING GIN (fields);
