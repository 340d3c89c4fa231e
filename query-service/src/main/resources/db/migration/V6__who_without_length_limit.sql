-- Who sent a command and its correlation id are stored as the command side recorded them. Their
-- length is the command side's to limit (200 characters since it refuses longer ones); events it
-- recorded before then may carry longer values, which must not stop the projection.
ALTER TABLE agreement_event ALTER COLUMN principal TYPE TEXT;
ALTER TABLE agreement_event ALTER COLUMN client TYPE TEXT;
ALTER TABLE agreement_event ALTER COLUMN correlation_id TYPE TEXT;
ALTER TABLE held_event ALTER COLUMN principal TYPE TEXT;
ALTER TABLE held_event ALTER COLUMN client TYPE TEXT;
ALTER TABLE held_event ALTER COLUMN correlation_id TYPE TEXT;
