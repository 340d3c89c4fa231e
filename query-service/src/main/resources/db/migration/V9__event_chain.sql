-- Each event's place in its agreement's hash chain, as the command side published it (headers
-- `hash`, `previous-hash`): kept so that the history shows it and what the read models hold can be
-- verified. Null for events published before the chain began.
ALTER TABLE agreement_event ADD COLUMN hash CHAR(64);
ALTER TABLE agreement_event ADD COLUMN previous_hash CHAR(64);
ALTER TABLE held_event ADD COLUMN hash CHAR(64);
ALTER TABLE held_event ADD COLUMN previous_hash CHAR(64);
