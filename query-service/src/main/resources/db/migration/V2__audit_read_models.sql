-- Columns the list of agreements filters and sorts on. Their values come from the fold in Java
-- (AgreementState); the updates below bring rows written before this migration up to date.
ALTER TABLE agreement ADD COLUMN kind VARCHAR(40);
ALTER TABLE agreement ADD COLUMN signed_on DATE;
ALTER TABLE agreement ADD COLUMN last_day_in_force DATE;
ALTER TABLE agreement ADD COLUMN meeting_overdue_from DATE;

UPDATE agreement SET
    kind = state ->> 'kind',
    signed_on = (state ->> 'signedOn')::date,
    last_day_in_force = CASE
        WHEN state ->> 'endedOn' IS NOT NULL THEN (state ->> 'endedOn')::date - 1
        WHEN state -> 'pendingNotice' IS NOT NULL THEN (state -> 'pendingNotice' ->> 'endsOn')::date
        ELSE term_ends_on END;
UPDATE agreement SET meeting_overdue_from = next_meeting_due + 1
    WHERE next_meeting_due IS NOT NULL AND state ->> 'endedOn' IS NULL AND next_meeting_due <= last_day_in_force;

ALTER TABLE agreement ALTER COLUMN kind SET NOT NULL;
ALTER TABLE agreement ALTER COLUMN signed_on SET NOT NULL;
ALTER TABLE agreement ALTER COLUMN last_day_in_force SET NOT NULL;

CREATE INDEX agreement_last_day_in_force_idx ON agreement (last_day_in_force);
CREATE INDEX agreement_meeting_overdue_from_idx ON agreement (meeting_overdue_from);

-- Links between agreements, so that an agreement also shows the links other agreements made to
-- it, whichever of the two was projected first.
CREATE TABLE agreement_link (
    agreement_id         VARCHAR(100) NOT NULL,
    sequence             BIGINT       NOT NULL,
    related_agreement_id VARCHAR(100) NOT NULL,
    relation             VARCHAR(30)  NOT NULL,
    linked_on            DATE         NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (agreement_id, sequence)
);

CREATE INDEX agreement_link_related_idx ON agreement_link (related_agreement_id);

INSERT INTO agreement_link (agreement_id, sequence, related_agreement_id, relation, linked_on, recorded_at)
SELECT agreement_id, sequence, payload ->> 'relatedAgreementId', payload ->> 'relation',
       (payload ->> 'linkedOn')::date, recorded_at
FROM agreement_event
WHERE type LIKE 'org.cooperation.agreement.RelatedAgreementLinked.v%';

-- Events that arrived before the one they follow: held here, never applied out of order, and
-- applied as soon as the missing one is. Holding them lets the partition move on, so other
-- agreements keep flowing.
CREATE TABLE held_event (
    agreement_id   VARCHAR(100) NOT NULL,
    sequence       BIGINT       NOT NULL,
    event_id       VARCHAR(64)  NOT NULL,
    type           VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    principal      VARCHAR(200),
    client         VARCHAR(200),
    correlation_id VARCHAR(200),
    payload        JSONB        NOT NULL,
    held_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (agreement_id, sequence)
);
