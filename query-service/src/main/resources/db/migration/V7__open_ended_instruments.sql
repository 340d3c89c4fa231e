-- An open-ended instrument states no term and is in force until terminated: it has no end of term,
-- and no last day in force until a notice names one (AgreementSigned version 2).
ALTER TABLE agreement ALTER COLUMN term_ends_on DROP NOT NULL;
ALTER TABLE agreement ALTER COLUMN last_day_in_force DROP NOT NULL;
