-- Every deadline of every agreement that has one (projection.deadline.Deadlines), rewritten with the
-- agreement's state, so that the portfolio's deadlines in a window are one range scan of due_on.
CREATE TABLE agreement_deadline (
    agreement_id  VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    due_on        DATE         NOT NULL,
    party         VARCHAR(200),
    expected_host VARCHAR(2),
    detail        TEXT         NOT NULL,
    PRIMARY KEY (agreement_id, kind)
);

CREATE INDEX agreement_deadline_due_on_idx ON agreement_deadline (due_on, agreement_id);

-- Agreements projected before this table existed: their deadlines follow from the document, so
-- the rebuild (POST /api/admin/rebuild) fills them; until then the portfolio shows none of theirs.
