-- Preferences, digests and reminders (issue 21, items 5 and 6).
--
-- A person chooses, per kind of notification, how its mail comes: IMMEDIATE (one mail per
-- notification, as before), DAILY or WEEKLY (the mail goes into a digest), OFF (no mail). The
-- in-app notification is always written. A notification meant for a digest carries its cadence
-- (digest) from the moment it is raised, and the digest that includes it (digest_mail_id): it is
-- pending while that is NULL, so each one goes into exactly one digest whatever the order of
-- commits. digest_mark is the "sent up to" mark per person and cadence: the last digest period
-- boundary handled, advanced in the same transaction as the digest's mail_message.
-- Reminders the statute implies (R4.4 quarterly meetings, indicator measurements, stale
-- implementations) are raised by a periodic scan; dedupe_key makes each one raised once per person.

-- The person's time zone (IANA name): digests go out at 07:00 local time.
ALTER TABLE app_user ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Istanbul'
  CHECK (time_zone ~ '^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$' AND length(time_zone) <= 64);
GRANT SELECT (time_zone), UPDATE (time_zone) ON app_user TO b40_app;

CREATE TABLE notification_preference (
  user_id bigint NOT NULL REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
  delivery text NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);
SELECT b40_enable_rls('notification_preference');
-- Only yourself: nobody reads or sets another person's preferences.
CREATE POLICY own ON notification_preference FOR ALL TO b40_app USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preference TO b40_app;

ALTER TABLE notification
  ADD COLUMN digest text CHECK (digest IN ('DAILY', 'WEEKLY')),
  ADD COLUMN digest_mail_id bigint REFERENCES mail_message (id),
  ADD COLUMN dedupe_key text CHECK (length(dedupe_key) <= 200),
  ADD CHECK (digest_mail_id IS NULL OR digest IS NOT NULL);
-- A reminder is raised once per person and key (kind, subject, period).
CREATE UNIQUE INDEX notification_dedupe_idx ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- The digest job's work list: notifications waiting for their digest.
CREATE INDEX notification_digest_pending_idx ON notification (user_id, digest, created_at) WHERE digest IS NOT NULL AND digest_mail_id IS NULL;
CREATE INDEX notification_digest_mail_idx ON notification (digest_mail_id) WHERE digest_mail_id IS NOT NULL;

-- The "sent up to" mark: every digest period ending at or before sent_up_to is handled (sent, or
-- had nothing to send). Written only by the digest job (the owner).
CREATE TABLE digest_mark (
  user_id bigint NOT NULL REFERENCES app_user (id),
  cadence text NOT NULL CHECK (cadence IN ('DAILY', 'WEEKLY')),
  sent_up_to timestamptz NOT NULL,
  last_mail_id bigint REFERENCES mail_message (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, cadence)
);
SELECT b40_enable_rls('digest_mark');

-- How a person gets mail of a kind: a one-click unsubscribe (mail_optout) is OFF; no choice made
-- is IMMEDIATE.
CREATE FUNCTION b40_mail_delivery(p_user_id bigint, p_kind text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM mail_optout o WHERE o.user_id = p_user_id AND o.kind = p_kind) THEN 'OFF'
    ELSE coalesce((SELECT p.delivery FROM notification_preference p WHERE p.user_id = p_user_id AND p.kind = p_kind), 'IMMEDIATE')
  END
$$;
REVOKE ALL ON FUNCTION b40_mail_delivery(bigint, text) FROM PUBLIC;

-- The recipients of an event (the audiences of b40_raise_notification): never the actor, only
-- active accounts, only people who may see the item.
CREATE FUNCTION b40_notification_recipients(p_audiences text[], p_city_id bigint, p_user_id bigint, p_group_id bigint,
  p_item_city_id bigint, p_visibility text, p_draft boolean, p_actor bigint)
RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
  SELECT u.id FROM app_user u
  WHERE u.status = 'ACTIVE' AND u.id IS DISTINCT FROM p_actor AND (
    ('CITY_EDITORS' = ANY (p_audiences) AND EXISTS (SELECT 1 FROM city_membership m
      WHERE m.user_id = u.id AND m.city_id = p_city_id AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR')))
    OR ('CITY_ADMINS' = ANY (p_audiences) AND EXISTS (SELECT 1 FROM city_membership m
      WHERE m.user_id = u.id AND m.city_id = p_city_id AND m.role = 'CITY_ADMIN'))
    OR ('SECRETARIAT' = ANY (p_audiences) AND u.network_role = 'SECRETARIAT')
    OR ('PRESIDENCY' = ANY (p_audiences) AND EXISTS (SELECT 1 FROM city_membership m
      JOIN presidency_term t ON t.city_id = m.city_id AND t.year = extract(year FROM now())::int
      WHERE m.user_id = u.id AND m.role = 'CITY_ADMIN'))
    OR ('MEMBER_CITY_ADMINS' = ANY (p_audiences) AND EXISTS (SELECT 1 FROM city_membership m
      JOIN city c ON c.id = m.city_id AND c.status = 'ACTIVE' WHERE m.user_id = u.id AND m.role = 'CITY_ADMIN'))
    OR 'EVERYONE' = ANY (p_audiences)
    OR ('GROUP_MEMBERS' = ANY (p_audiences) AND EXISTS (SELECT 1 FROM city_membership m
      JOIN working_group_member g ON g.city_id = m.city_id AND g.working_group_id = p_group_id
      WHERE m.user_id = u.id AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR')))
    OR ('USER' = ANY (p_audiences) AND u.id = p_user_id))
    AND b40_visible_to(u.id, p_item_city_id, p_visibility, p_draft)
$$;
REVOKE ALL ON FUNCTION b40_notification_recipients(text[], bigint, bigint, bigint, bigint, text, boolean, bigint) FROM PUBLIC;

-- Writes one notification per recipient and, per each one's choice for the kind, a mail now
-- (IMMEDIATE), a place in a digest (DAILY, WEEKLY) or nothing (OFF). One statement, one
-- snapshot: a preference changed meanwhile is read either before or after, never half. With
-- p_dedupe_key, a recipient who was already told under that key is skipped (a reminder raised
-- by two servers or a rerun is written once). Owner only: b40_raise_notification and the
-- reminder scan call it.
CREATE FUNCTION b40_notify_users(p_recipients bigint[], p_kind text, p_item_id text, p_item_type text, p_item_key bigint[],
  p_params jsonb, p_url text, p_actor bigint, p_mail boolean, p_dedupe_key text)
RETURNS TABLE (notification_id bigint, mail_id bigint)
LANGUAGE sql VOLATILE AS $$
  WITH recipient AS (
    SELECT u.id, u.email, u.locale, b40_mail_delivery(u.id, p_kind) AS delivery
    FROM app_user u WHERE u.id = ANY (p_recipients)
  ), n AS (
    INSERT INTO notification (user_id, kind, item_id, item_type, item_key, params, url, actor_user_id, digest, dedupe_key)
    SELECT r.id, p_kind, p_item_id, p_item_type, p_item_key, coalesce(p_params, '{}'), p_url, p_actor,
      CASE WHEN p_mail AND r.delivery IN ('DAILY', 'WEEKLY') THEN r.delivery END, p_dedupe_key
    FROM recipient r
    ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
    RETURNING notification.id, notification.user_id
  ), m AS (
    INSERT INTO mail_message (user_id, to_email, locale, kind, notification_id, params, url)
    SELECT r.id, r.email, r.locale, p_kind, n.id, coalesce(p_params, '{}'), p_url
    FROM n JOIN recipient r ON r.id = n.user_id
    WHERE p_mail AND r.delivery = 'IMMEDIATE'
    RETURNING mail_message.id, mail_message.notification_id
  )
  SELECT n.id, m.id FROM n LEFT JOIN m ON m.notification_id = n.id
$$;
REVOKE ALL ON FUNCTION b40_notify_users(bigint[], text, text, text, bigint[], jsonb, text, bigint, boolean, text) FROM PUBLIC;

-- Same signature and audiences as in 0011; recipients and writing now go through the two
-- functions above, so preferences apply.
CREATE OR REPLACE FUNCTION b40_raise_notification(p_kind text, p_audiences text[], p_city_id bigint, p_user_id bigint, p_group_id bigint,
  p_item_id text, p_item_type text, p_item_key bigint[], p_item_city_id bigint, p_visibility text, p_draft boolean,
  p_params jsonb, p_url text, p_mail boolean)
RETURNS TABLE (notification_id bigint, mail_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  actor bigint := b40_user_id();
BEGIN
  IF actor IS NULL AND NOT (p_kind = 'APPLICATION_SUBMITTED' AND p_audiences = ARRAY['SECRETARIAT']) THEN
    RAISE EXCEPTION 'b40_raise_notification: no viewer' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT r.notification_id, r.mail_id FROM b40_notify_users(
    ARRAY(SELECT b40_notification_recipients(p_audiences, p_city_id, p_user_id, p_group_id, p_item_city_id, p_visibility, p_draft, actor)),
    p_kind, p_item_id, p_item_type, p_item_key, p_params, p_url, actor, p_mail, NULL) r;
END
$$;

-- Reminders are about working groups and indicators too.
CREATE OR REPLACE FUNCTION b40_item_visible(p_type text, p_key bigint[]) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE p_type
    WHEN 'Proposal' THEN EXISTS (SELECT 1 FROM proposal WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'Practice' THEN EXISTS (SELECT 1 FROM practice WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'Implementation' THEN EXISTS (SELECT 1 FROM implementation WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'MembershipApplication' THEN EXISTS (SELECT 1 FROM membership_application WHERE id = p_key[1])
    WHEN 'Indicator' THEN EXISTS (SELECT 1 FROM indicator WHERE id = p_key[1])
    -- Network-wide items everyone may see.
    WHEN 'PresidencyElection' THEN true
    WHEN 'WorkingGroupMeeting' THEN true
    WHEN 'WorkingGroup' THEN true
    ELSE p_type IS NULL
  END
$$;
