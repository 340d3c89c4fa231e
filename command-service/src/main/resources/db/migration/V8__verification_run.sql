-- The portfolio-wide verifications an operator ran, and what each found: kept, so that an auditor
-- sees when the whole record was last verified and with which result.
CREATE TABLE verification_run (
    id          BIGSERIAL   NOT NULL PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    tree_size   BIGINT,
    agreements  BIGINT,
    events      BIGINT,
    valid       BOOLEAN,
    -- Each finding: {"agreementId", "firstInvalidSequence", "reason"}; the tree's own under agreementId null.
    findings    JSONB
);
