-- Several parties of one agreement may be withdrawing at once, each with a deadline of the same kind
-- (PARTY_WITHDRAWAL_END): a deadline is one per agreement, kind and party (none for the agreement's own).
ALTER TABLE agreement_deadline DROP CONSTRAINT agreement_deadline_pkey;
CREATE UNIQUE INDEX agreement_deadline_kind_party_idx ON agreement_deadline (agreement_id, kind, COALESCE(party, ''));
