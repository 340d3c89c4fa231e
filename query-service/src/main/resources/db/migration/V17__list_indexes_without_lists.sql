-- A btree index's row must fit in a third of a page (2,704 bytes). The covering indexes of the
-- list's count (V14) included an agreement's parties and fields of cooperation, which a command may
-- make much longer (up to 100 fields of 200 characters each, 50 parties): the row of such an
-- agreement could not be indexed, so it could not be written, and the projection retried its batch
-- without end while the list and everything after that event on its partition stood still. The
-- lists are read from the table instead: a count stops at 1,001 matches
-- (agreements.listing.count-limit), so it reads at most that many rows.
DROP INDEX agreement_list_count_idx;
CREATE INDEX agreement_list_count_idx ON agreement (status, effective_from)
    INCLUDE (last_day_in_force, meeting_overdue_from);

DROP INDEX agreement_timeline_valid_now_idx;
CREATE INDEX agreement_timeline_valid_now_idx ON agreement_timeline (COALESCE(valid_to, 'infinity'), valid_from)
    INCLUDE (valid_to, status, effective_from, last_day_in_force, meeting_overdue_from)
    WHERE recorded_to IS NULL;

DROP INDEX agreement_timeline_valid_recorded_idx;
CREATE INDEX agreement_timeline_valid_recorded_idx ON agreement_timeline (COALESCE(valid_to, 'infinity'), valid_from)
    INCLUDE (valid_to, recorded_from, recorded_to, status, effective_from, last_day_in_force, meeting_overdue_from);
