-- Why each command was sent, as its sender said (the ce_reason header), shown in the history beside
-- who and when. Events recorded before commands could say why have none. Text without a length
-- limit here: the command side holds reasons to the published language's limit.
ALTER TABLE agreement_event ADD COLUMN reason TEXT;
ALTER TABLE held_event ADD COLUMN reason TEXT;

-- When a link was retracted as entered in error (FactRetracted): the linked agreement no longer shows
-- it from then on, while "as recorded at" an instant before still does.
ALTER TABLE agreement_link ADD COLUMN retracted_at TIMESTAMPTZ;
