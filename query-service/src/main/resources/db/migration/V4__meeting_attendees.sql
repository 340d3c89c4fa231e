-- AnnualMeetingRecorded version 2 records each attendee as an object (name, and when known the party
-- whose delegation they came with and their title) where version 1 had a bare name. The current-state
-- documents take the shape the fold now writes: each name becomes an attendee with that name alone,
-- as shared-kernel's EventUpcasts reads a version 1 event. The history tables keep every payload as
-- it was received, with its type, and are read through the same upcast.
UPDATE agreement
SET state = jsonb_set(state, '{meetings}', (
    SELECT jsonb_agg(
               CASE WHEN jsonb_typeof(meeting -> 'attendees') = 'array'
                    THEN jsonb_set(meeting, '{attendees}', (
                        SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(attendee) = 'string'
                                                       THEN jsonb_build_object('name', attendee)
                                                       ELSE attendee END
                                                  ORDER BY attendee_no), '[]'::jsonb)
                        FROM jsonb_array_elements(meeting -> 'attendees') WITH ORDINALITY AS a (attendee, attendee_no)))
                    ELSE meeting END
               ORDER BY meeting_no)
    FROM jsonb_array_elements(state -> 'meetings') WITH ORDINALITY AS m (meeting, meeting_no)))
WHERE jsonb_path_exists(state, '$.meetings[*].attendees[*] ? (@.type() == "string")');
