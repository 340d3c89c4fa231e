-- An agreement signed to take effect later is SIGNED, not yet in force, until its effective date. The
-- stored status is what the events say (IN_FORCE); lists judge it against today with this column.
-- Documents keep every date as the event had it (StoredDates): one past 9999 ("+10000-01-01") is later
-- than any today and one before year 1 ("0000-...", "-0001-...") earlier, which is all that lists ask
-- of this column, so they are filled in as infinity and -infinity; the projection rewrites each row
-- with StoredDates' value when its agreement next changes.
ALTER TABLE agreement ADD COLUMN effective_from DATE;
UPDATE agreement SET effective_from = CASE
    WHEN state -> 'term' ->> 'effectiveFrom' LIKE '+%' THEN DATE 'infinity'
    WHEN state -> 'term' ->> 'effectiveFrom' ~ '^[0-9]{4}-' AND state -> 'term' ->> 'effectiveFrom' NOT LIKE '0000-%'
        THEN CAST(state -> 'term' ->> 'effectiveFrom' AS DATE)
    ELSE DATE '-infinity' END;
ALTER TABLE agreement ALTER COLUMN effective_from SET NOT NULL;
CREATE INDEX agreement_effective_from_idx ON agreement (effective_from);
