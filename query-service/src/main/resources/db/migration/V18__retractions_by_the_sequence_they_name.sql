-- A page of an agreement's history shows, with each event, the retraction that names it, if any
-- (HistoryRepository.COLUMNS joins the history to its FactRetracted events). Without an index of
-- retractions each page read every event of the agreement to find them: 2.7 ms of a 3.9 ms page in a
-- history of 10,000 events (EXPLAIN ANALYZE, docs/performance.md), and more the longer the history.
-- Retractions are few, so the index is small; its condition is the join's own, word for word, which
-- is what lets PostgreSQL use it.
CREATE INDEX agreement_event_retraction_idx ON agreement_event
    (agreement_id, (payload ->> 'retractedSequence'))
    WHERE type LIKE 'org.cooperation.agreement.FactRetracted.v%';
