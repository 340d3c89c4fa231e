-- A signature may be known only to the year or month ("established in 1987": AgreementSigned.v4).
-- signed_on keeps the first day it may stand for, by which lists sort; signed_as_given is the date as
-- the source gives it ("1987"), which lists show. Rows written before are days, shown from signed_on.
ALTER TABLE agreement ADD COLUMN signed_as_given VARCHAR(10);
ALTER TABLE agreement_timeline ADD COLUMN signed_as_given VARCHAR(10);
