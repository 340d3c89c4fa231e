-- A page of the list in the order of its sort, by keyset (reading.listing.ListCursor), without
-- sorting every match: one index per sort key and direction, on the key as the list orders by it.
-- A date an item lacks sorts last in both directions, so it is read as +infinity ascending and
-- -infinity descending (Sorting.sortValue); ties go by agreement id in the sort's direction, so the
-- descending order is the ascending index read backwards. status is judged against a day (today
-- or asOf's) and is sorted per request; signedOn is sorted per request too, as it is seldom asked.
-- On both tables; on the timeline over every row, as a list as recorded at an instant reads closed rows too.
DO $$
DECLARE
    tab text;
    k record;
BEGIN
    FOREACH tab IN ARRAY ARRAY['agreement', 'agreement_timeline'] LOOP
        EXECUTE format('CREATE INDEX %1$s_list_title_idx ON %1$I (title, agreement_id)', tab);
        FOR k IN SELECT * FROM (VALUES ('term_ends_on', 'term_end'), ('last_day_in_force', 'last_day'),
                ('next_meeting_due', 'next_meeting')) AS keys (col, short) LOOP
            EXECUTE format('CREATE INDEX %1$s_list_%2$s_asc_idx ON %1$I (COALESCE(%3$I, ''infinity''), agreement_id)',
                tab, k.short, k.col);
            EXECUTE format('CREATE INDEX %1$s_list_%2$s_desc_idx ON %1$I (COALESCE(%3$I, ''-infinity''), agreement_id)',
                tab, k.short, k.col);
        END LOOP;
    END LOOP;
END $$;
-- The timeline by agreement id (the default sort) over every row; the current state has its primary key.
CREATE INDEX agreement_timeline_list_agreement_idx ON agreement_timeline (agreement_id);
-- The first page's exact count of the current state, from the index alone (an index-only scan): every
-- column a filter reads.
CREATE INDEX agreement_list_count_idx ON agreement (status, effective_from)
    INCLUDE (party_codes, fields, last_day_in_force, meeting_overdue_from);

-- The rows valid on a business date D: valid_from <= D < valid_to (null: on and on, read as
-- +infinity). A btree on (valid_to, valid_from) finds them by the rows that end after D, which for
-- a recent D are about one per agreement, not every version; the filters' columns are included so
-- that the first page's count is an index-only scan. As the record says now (recorded_to IS NULL):
DROP INDEX agreement_timeline_now_idx;
CREATE INDEX agreement_timeline_valid_now_idx ON agreement_timeline (COALESCE(valid_to, 'infinity'), valid_from)
    INCLUDE (valid_to, status, effective_from, party_codes, fields, last_day_in_force, meeting_overdue_from)
    WHERE recorded_to IS NULL;
-- and as recorded at an instant, over every row with its recording range.
DROP INDEX agreement_timeline_recorded_idx;
CREATE INDEX agreement_timeline_valid_recorded_idx ON agreement_timeline (COALESCE(valid_to, 'infinity'), valid_from)
    INCLUDE (valid_to, recorded_from, recorded_to, status, effective_from, party_codes, fields, last_day_in_force,
        meeting_overdue_from);
