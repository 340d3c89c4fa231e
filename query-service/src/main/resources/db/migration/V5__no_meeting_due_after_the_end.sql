-- No meeting is due once an agreement has ended, nor after its last day in force
-- (AgreementState.nextMeetingDue); rows written before this migration still named one.
UPDATE agreement SET next_meeting_due = NULL
    WHERE next_meeting_due IS NOT NULL
      AND (state ->> 'endedOn' IS NOT NULL OR next_meeting_due > last_day_in_force);
