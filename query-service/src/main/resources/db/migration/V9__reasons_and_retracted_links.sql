-- Why each command was sent, as its sender said (the ce_reason header), shown in the history beside
-- who and when. Events recorded before commands could say why have none. Text without a length
-- limit here: the command side holds reasons to the published language's limit.
ALTER TABLE agreement_event ADD COLUMN reason TEXT;
ALTER TABLE held_event ADD COLUMN reason TEXT;
