-- Issue 22: meetings with structure (end, IANA time zone, status, a SEQUENCE for calendars),
-- agenda items, answers (RSVP) and attendance per person, minutes that are approved and frozen,
-- decisions that become recommendations, and calendar feeds with secret tokens.

-- The lead side of a group's meetings: the secretariat and the presidency (R3.2, R4.5).
CREATE FUNCTION b40_meeting_lead() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT b40_is_secretariat() OR b40_is_presidency() $$;
GRANT EXECUTE ON FUNCTION b40_meeting_lead() TO b40_app;

ALTER TABLE working_group_meeting DROP CONSTRAINT working_group_meeting_kind_check;
ALTER TABLE working_group_meeting ADD CONSTRAINT working_group_meeting_kind_check
  CHECK (kind IN ('REGULAR', 'EXTRA', 'IN_PERSON', 'SUMMIT_SESSION'));
ALTER TABLE working_group_meeting
  ADD COLUMN ends_at timestamptz,
  ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Istanbul' CHECK (time_zone ~ '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$'),
  ADD COLUMN status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
  -- RFC 5545 SEQUENCE: bumped whenever time, place or status change.
  ADD COLUMN sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE working_group_meeting SET ends_at = starts_at + interval '2 hours';
-- Writers that predate the end time (seed, older tools) get a two-hour meeting.
CREATE FUNCTION b40_meeting_default_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.ends_at := coalesce(NEW.ends_at, NEW.starts_at + interval '2 hours');
  RETURN NEW;
END
$$;
CREATE TRIGGER working_group_meeting_default_end BEFORE INSERT ON working_group_meeting
  FOR EACH ROW EXECUTE FUNCTION b40_meeting_default_end();
ALTER TABLE working_group_meeting ALTER COLUMN ends_at SET NOT NULL,
  ADD CONSTRAINT working_group_meeting_ends_after_start CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '7 days');
CREATE POLICY presidency_write ON working_group_meeting FOR ALL TO b40_app USING (b40_is_presidency()) WITH CHECK (b40_is_presidency());
CREATE POLICY presidency_write ON working_group_meeting_attendance FOR ALL TO b40_app USING (b40_is_presidency()) WITH CHECK (b40_is_presidency());

-- Agenda items: added by the group's member cities' editors before the meeting, or the lead side.
CREATE TABLE meeting_agenda_item (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id bigint NOT NULL REFERENCES working_group_meeting (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  description text CHECK (length(description) <= 5000),
  proposal_city_id bigint,
  proposal_id bigint,
  recommendation_id bigint REFERENCES recommendation (id),
  added_by_city_id bigint REFERENCES city (id),
  added_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (proposal_city_id, proposal_id) REFERENCES proposal (city_id, id),
  CHECK (num_nonnulls(proposal_id, recommendation_id) <= 1)
);
CREATE INDEX meeting_agenda_item_meeting_idx ON meeting_agenda_item (meeting_id, position, id);
SELECT b40_enable_rls('meeting_agenda_item');
CREATE POLICY public_read ON meeting_agenda_item FOR SELECT TO b40_app USING (true);
CREATE POLICY lead_all ON meeting_agenda_item FOR ALL TO b40_app USING (b40_meeting_lead()) WITH CHECK (b40_meeting_lead());
CREATE POLICY member_insert ON meeting_agenda_item FOR INSERT TO b40_app WITH CHECK (
  added_by_city_id = ANY (b40_editor_city_ids()) AND EXISTS (
    SELECT 1 FROM working_group_meeting mt JOIN working_group_member m ON m.working_group_id = mt.working_group_id
    WHERE mt.id = meeting_id AND m.city_id = added_by_city_id AND mt.starts_at > now() AND mt.status = 'SCHEDULED'));
CREATE POLICY member_delete ON meeting_agenda_item FOR DELETE TO b40_app USING (
  added_by_city_id = ANY (b40_editor_city_ids()) AND EXISTS (
    SELECT 1 FROM working_group_meeting mt WHERE mt.id = meeting_id AND mt.starts_at > now()));
GRANT SELECT, INSERT, DELETE, UPDATE (position, title, description) ON meeting_agenda_item TO b40_app;

-- Answers to an invitation, one per person; members of the network and the secretariat see them.
CREATE TABLE meeting_rsvp (
  meeting_id bigint NOT NULL REFERENCES working_group_meeting (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES app_user (id),
  for_city_id bigint NOT NULL REFERENCES city (id),
  person_name text NOT NULL,
  answer text NOT NULL CHECK (answer IN ('GOING', 'NOT_GOING', 'MAYBE')),
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, user_id)
);
SELECT b40_enable_rls('meeting_rsvp');
CREATE POLICY network_read ON meeting_rsvp FOR SELECT TO b40_app
  USING (cardinality(b40_city_ids()) > 0 OR b40_is_secretariat());
CREATE POLICY own_write ON meeting_rsvp FOR ALL TO b40_app
  USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id() AND for_city_id = ANY (b40_city_ids()));
GRANT SELECT, INSERT, UPDATE (answer, answered_at, person_name, for_city_id) ON meeting_rsvp TO b40_app;

-- Who attended, per person, recorded by the lead side after the meeting.
CREATE TABLE meeting_attendance (
  meeting_id bigint NOT NULL REFERENCES working_group_meeting (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES app_user (id),
  for_city_id bigint NOT NULL REFERENCES city (id),
  person_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('PRESENT', 'REMOTE', 'EXCUSED', 'ABSENT')),
  recorded_by_user_id bigint REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, user_id)
);
SELECT b40_enable_rls('meeting_attendance');
CREATE POLICY network_read ON meeting_attendance FOR SELECT TO b40_app
  USING (cardinality(b40_city_ids()) > 0 OR b40_is_secretariat());
CREATE POLICY lead_all ON meeting_attendance FOR ALL TO b40_app USING (b40_meeting_lead()) WITH CHECK (b40_meeting_lead());
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_attendance TO b40_app;

-- Invitations go to the officials of the group's member cities: names and cities only (no
-- contact data), to members of the network and the lead side.
CREATE FUNCTION b40_meeting_invitees(p_meeting bigint)
RETURNS TABLE (user_id bigint, name text, city_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT (cardinality(b40_city_ids()) > 0 OR b40_is_secretariat()) THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT DISTINCT ON (u.id) u.id, u.name, m.city_id
  FROM working_group_meeting mt
  JOIN working_group_member g ON g.working_group_id = mt.working_group_id
  JOIN city c ON c.id = g.city_id AND c.status = 'ACTIVE'
  JOIN city_membership m ON m.city_id = g.city_id
  JOIN app_user u ON u.id = m.user_id AND u.status = 'ACTIVE'
  WHERE mt.id = p_meeting
  ORDER BY u.id, m.city_id;
END
$$;
REVOKE ALL ON FUNCTION b40_meeting_invitees(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_meeting_invitees(bigint) TO b40_app;

-- Minutes: drafted per agenda item by the lead side, then approved: frozen with the Markdown
-- and its SHA-256. Drafts are network business; approved minutes are public.
CREATE TABLE meeting_minutes (
  meeting_id bigint PRIMARY KEY REFERENCES working_group_meeting (id) ON DELETE CASCADE,
  items jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(items) = 'array'),
  summary text CHECK (length(summary) <= 20000),
  status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_user_id bigint REFERENCES app_user (id),
  approved_at timestamptz,
  approved_by_user_id bigint REFERENCES app_user (id),
  markdown text,
  content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL AND markdown IS NOT NULL AND content_hash IS NOT NULL))
);
SELECT b40_enable_rls('meeting_minutes');
CREATE POLICY approved_read ON meeting_minutes FOR SELECT TO b40_app USING (status = 'APPROVED');
CREATE POLICY draft_read ON meeting_minutes FOR SELECT TO b40_app
  USING (cardinality(b40_city_ids()) > 0 OR b40_network_role() IN ('SECRETARIAT', 'ANALYST'));
-- Approved minutes are frozen: the lead side writes drafts only.
CREATE POLICY lead_insert ON meeting_minutes FOR INSERT TO b40_app WITH CHECK (b40_meeting_lead());
CREATE POLICY lead_update ON meeting_minutes FOR UPDATE TO b40_app USING (b40_meeting_lead() AND status = 'DRAFT') WITH CHECK (b40_meeting_lead());
GRANT SELECT, INSERT, UPDATE ON meeting_minutes TO b40_app;

-- A decision of approved minutes becomes a recommendation; the link is kept both ways.
ALTER TABLE recommendation
  ADD COLUMN source_meeting_id bigint REFERENCES working_group_meeting (id),
  ADD COLUMN source_decision text CHECK (length(source_decision) <= 100),
  ADD CONSTRAINT recommendation_decision_has_meeting CHECK ((source_meeting_id IS NULL) = (source_decision IS NULL));
CREATE UNIQUE INDEX recommendation_one_per_decision_idx ON recommendation (source_meeting_id, source_decision) WHERE source_meeting_id IS NOT NULL;

-- Calendar feeds: one per person and scope (their own, a city of theirs, a working group). The
-- token is HMAC(calendar_feed_key, nonce): the table keeps its SHA-256 for look-up and the
-- nonce so the owner can be shown the URL again; the key lives in its own table. Neither table
-- is granted to the application role: only the owner connection reads them.
CREATE TABLE calendar_feed_key (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  key bytea NOT NULL CHECK (length(key) = 32)
);
CREATE TABLE calendar_feed (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  scope text NOT NULL CHECK (scope IN ('PERSON', 'CITY', 'WORKING_GROUP')),
  subject_id bigint NOT NULL DEFAULT 0,
  nonce bytea NOT NULL CHECK (length(nonce) = 32),
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  rotated_at timestamptz,
  UNIQUE (user_id, scope, subject_id)
);
SELECT b40_enable_rls('calendar_feed_key');
SELECT b40_enable_rls('calendar_feed');
