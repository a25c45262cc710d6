DROP TABLE calendar_feed;
DROP TABLE calendar_feed_key;
DROP INDEX recommendation_one_per_decision_idx;
ALTER TABLE recommendation DROP CONSTRAINT recommendation_decision_has_meeting,
  DROP COLUMN source_decision, DROP COLUMN source_meeting_id;
DROP TABLE meeting_minutes;
DROP FUNCTION b40_meeting_invitees(bigint);
DROP TABLE meeting_attendance;
DROP TABLE meeting_rsvp;
DROP TABLE meeting_agenda_item;
DROP POLICY presidency_write ON working_group_meeting_attendance;
DROP POLICY presidency_write ON working_group_meeting;
ALTER TABLE working_group_meeting DROP CONSTRAINT working_group_meeting_ends_after_start;
DROP TRIGGER working_group_meeting_default_end ON working_group_meeting;
DROP FUNCTION b40_meeting_default_end();
ALTER TABLE working_group_meeting DROP COLUMN updated_at, DROP COLUMN version, DROP COLUMN sequence,
  DROP COLUMN status, DROP COLUMN time_zone, DROP COLUMN ends_at;
-- Summit sessions have no place in the older vocabulary: they become EXTRA meetings.
UPDATE working_group_meeting SET kind = 'EXTRA' WHERE kind = 'SUMMIT_SESSION';
ALTER TABLE working_group_meeting DROP CONSTRAINT working_group_meeting_kind_check;
ALTER TABLE working_group_meeting ADD CONSTRAINT working_group_meeting_kind_check CHECK (kind IN ('REGULAR', 'EXTRA', 'IN_PERSON'));
DROP FUNCTION b40_meeting_lead();
