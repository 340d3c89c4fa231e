-- The portfolio through time (projection.timeline): for every agreement, its list columns as of each
-- business date (valid_from included, valid_to excluded) as the record said them from one instant
-- (recorded_from included) to the next (recorded_to excluded). A list as of a day D and as recorded
-- at an instant T reads the rows whose two ranges hold D and T; recorded_to IS NULL is what the
-- record says now. Rebuilt from the events topic with the other read models.
CREATE TABLE agreement_timeline (
    row_id               BIGSERIAL    PRIMARY KEY,
    agreement_id         VARCHAR(100) NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE,
    recorded_from        TIMESTAMPTZ  NOT NULL,
    recorded_to          TIMESTAMPTZ,
    version              BIGINT       NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    title                TEXT         NOT NULL,
    kind                 VARCHAR(60)  NOT NULL,
    signed_on            DATE,
    effective_from       DATE,
    term_ends_on         DATE,
    last_day_in_force    DATE,
    next_meeting_due     DATE,
    meeting_overdue_from DATE,
    party_codes          TEXT[]       NOT NULL,
    fields               TEXT[]       NOT NULL
);

-- The open steps of the agreements a batch touches.
CREATE INDEX agreement_timeline_open_idx ON agreement_timeline (agreement_id, valid_from) WHERE recorded_to IS NULL;
-- A list as of a day, as the record stands now: one row per agreement.
CREATE INDEX agreement_timeline_now_idx ON agreement_timeline (valid_from, valid_to) WHERE recorded_to IS NULL;
-- A list as recorded at an instant.
CREATE INDEX agreement_timeline_recorded_idx ON agreement_timeline (recorded_from, recorded_to);
