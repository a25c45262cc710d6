-- Notifications and mail (issue 21): the inbox, the outgoing mail and its delivery attempts, the
-- recipient's language, and single-use password-reset tokens. Rows are written in the
-- transaction of the change they tell about; delivery happens after commit from River's queue.

-- The language a person's notifications and mail are written in (never the sender's).
ALTER TABLE app_user ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'tr'));
GRANT SELECT (locale), UPDATE (locale) ON app_user TO b40_app;

-- One notification per recipient and event. Title and body are rendered when read, in the
-- reader's language, from kind and params; item_id is the global ID of what it is about.
CREATE TABLE notification (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
  item_id text CHECK (length(item_id) <= 200),
  -- item_id decoded (its type and key), so that reading checks the item is still visible.
  item_type text CHECK (length(item_type) <= 60),
  item_key bigint[],
  params jsonb NOT NULL DEFAULT '{}',
  url text CHECK (length(url) <= 2000),
  actor_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

-- Outgoing mail. secret holds a one-time link's token until the message is sent (then it is
-- cleared); the application role cannot read that column. status: PENDING (queued or being
-- retried), SENT, KEPT (no SMTP configured: kept and shown in the app), FAILED (retries spent).
CREATE TABLE mail_message (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint REFERENCES app_user (id),
  to_email text NOT NULL CHECK (length(to_email) <= 254),
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'tr')),
  kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
  notification_id bigint REFERENCES notification (id),
  params jsonb NOT NULL DEFAULT '{}',
  url text CHECK (length(url) <= 2000),
  secret text,
  message_id text NOT NULL DEFAULT gen_random_uuid()::text,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'KEPT', 'FAILED')),
  subject text,
  body_text text,
  attempts integer NOT NULL DEFAULT 0,
  last_answer text CHECK (length(last_answer) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_message_user_idx ON mail_message (user_id, id DESC);
CREATE INDEX mail_message_status_idx ON mail_message (status, id DESC);

-- Every delivery attempt, with the SMTP server's answer.
CREATE TABLE mail_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mail_id bigint NOT NULL REFERENCES mail_message (id),
  at timestamptz NOT NULL DEFAULT now(),
  ok boolean NOT NULL,
  answer text NOT NULL CHECK (length(answer) <= 2000)
);
CREATE INDEX mail_attempt_mail_idx ON mail_attempt (mail_id, id);

-- Password resets: only a SHA-256 of the token is stored; single use, one hour.
CREATE TABLE password_reset (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  user_id bigint NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id) WHERE used_at IS NULL;

-- Kinds a person gets no mail for (RFC 8058 one-click unsubscribe; the in-app notification
-- stays). The digest preferences of issue 21 will grow from here.
CREATE TABLE mail_optout (
  user_id bigint NOT NULL REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);

SELECT b40_enable_rls('mail_optout');
CREATE POLICY own ON mail_optout FOR ALL TO b40_app USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id());
GRANT SELECT, INSERT, DELETE ON mail_optout TO b40_app;

SELECT b40_enable_rls('notification');
SELECT b40_enable_rls('mail_message');
SELECT b40_enable_rls('mail_attempt');
SELECT b40_enable_rls('password_reset');

-- Can the caller see this item now? Invoker's rights: the item table's own row-level security
-- answers, so a notification fades when its item does (a role lost, an item made private).
CREATE FUNCTION b40_item_visible(p_type text, p_key bigint[]) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE p_type
    WHEN 'Proposal' THEN EXISTS (SELECT 1 FROM proposal WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'Practice' THEN EXISTS (SELECT 1 FROM practice WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'Implementation' THEN EXISTS (SELECT 1 FROM implementation WHERE city_id = p_key[1] AND id = p_key[2])
    WHEN 'MembershipApplication' THEN EXISTS (SELECT 1 FROM membership_application WHERE id = p_key[1])
    -- Network-wide items everyone may see.
    WHEN 'PresidencyElection' THEN true
    WHEN 'WorkingGroupMeeting' THEN true
    ELSE p_type IS NULL
  END
$$;
GRANT EXECUTE ON FUNCTION b40_item_visible(text, bigint[]) TO b40_app;

-- A person reads and marks their own notifications, and no one else's, and only while they may
-- see what it is about.
CREATE POLICY own_read ON notification FOR SELECT TO b40_app USING (user_id = b40_user_id() AND b40_item_visible(item_type, item_key));
CREATE POLICY own_mark ON notification FOR UPDATE TO b40_app USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id());
GRANT SELECT ON notification TO b40_app;
GRANT UPDATE (read_at) ON notification TO b40_app;

-- Mail: the recipient reads their own; the secretariat reads all and may queue a retry.
CREATE POLICY read ON mail_message FOR SELECT TO b40_app USING (user_id = b40_user_id() OR b40_is_secretariat());
CREATE POLICY retry ON mail_message FOR UPDATE TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT SELECT (id, user_id, to_email, locale, kind, notification_id, params, url, message_id, status, subject, body_text,
  attempts, last_answer, created_at, sent_at) ON mail_message TO b40_app;
GRANT UPDATE (status) ON mail_message TO b40_app;
CREATE POLICY read ON mail_attempt FOR SELECT TO b40_app USING (b40_is_secretariat());
GRANT SELECT ON mail_attempt TO b40_app;
-- password_reset: owner only (requests never reach it; the definer functions below do).

-- Does user p_user_id see an item of p_city_id with this visibility (b40_visible, for someone
-- other than the viewer)? A NULL visibility means the item is not a workspace item: the
-- audience rule alone decides.
CREATE FUNCTION b40_visible_to(p_user_id bigint, p_city_id bigint, p_visibility text, p_draft boolean) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_visibility IS NULL THEN true
    WHEN EXISTS (SELECT 1 FROM city_membership m WHERE m.user_id = p_user_id AND m.city_id = p_city_id) THEN true
    WHEN p_draft OR p_visibility = 'PRIVATE' THEN false
    WHEN p_visibility = 'PUBLIC' THEN true
    WHEN p_visibility = 'NETWORK' THEN EXISTS (SELECT 1 FROM city_membership m JOIN city c ON c.id = m.city_id AND c.status = 'ACTIVE' WHERE m.user_id = p_user_id)
      OR EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user_id AND u.network_role IN ('SECRETARIAT', 'ANALYST'))
    ELSE false
  END
$$;
REVOKE ALL ON FUNCTION b40_visible_to(bigint, bigint, text, boolean) FROM PUBLIC;

-- Raises one event: finds the recipients of the audiences (never the actor, only active accounts,
-- only people who may see the item), inserts a notification for each and, with p_mail, a mail
-- to each; returns the mails to deliver. The application role cannot insert notifications or
-- mail at large, only through here, and an anonymous caller only tells the secretariat of a
-- membership application.
-- Audiences: CITY_EDITORS (the city's admins and editors), CITY_ADMINS, SECRETARIAT, PRESIDENCY
-- (the admins of this year's presidency city), MEMBER_CITY_ADMINS (the admins of every active
-- member city), EVERYONE (every active account), GROUP_MEMBERS (the editors and admins of the
-- member cities of working group p_group_id), USER (p_user_id).
CREATE FUNCTION b40_raise_notification(p_kind text, p_audiences text[], p_city_id bigint, p_user_id bigint, p_group_id bigint,
  p_item_id text, p_item_type text, p_item_key bigint[], p_item_city_id bigint, p_visibility text, p_draft boolean,
  p_params jsonb, p_url text, p_mail boolean)
RETURNS TABLE (notification_id bigint, mail_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  actor bigint := b40_user_id();
BEGIN
  IF actor IS NULL AND NOT (p_kind = 'APPLICATION_SUBMITTED' AND p_audiences = ARRAY['SECRETARIAT']) THEN
    RAISE EXCEPTION 'b40_raise_notification: no viewer' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
  WITH recipient AS (
    SELECT DISTINCT u.id, u.email, u.locale FROM app_user u
    WHERE u.status = 'ACTIVE' AND u.id IS DISTINCT FROM actor AND (
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
  ), n AS (
    INSERT INTO notification (user_id, kind, item_id, item_type, item_key, params, url, actor_user_id)
    SELECT r.id, p_kind, p_item_id, p_item_type, p_item_key, coalesce(p_params, '{}'), p_url, actor FROM recipient r
    RETURNING notification.id, notification.user_id
  ), m AS (
    INSERT INTO mail_message (user_id, to_email, locale, kind, notification_id, params, url)
    SELECT r.id, r.email, r.locale, p_kind, n.id, coalesce(p_params, '{}'), p_url
    FROM n JOIN recipient r ON r.id = n.user_id
    WHERE p_mail AND NOT EXISTS (SELECT 1 FROM mail_optout o WHERE o.user_id = r.id AND o.kind = p_kind)
    RETURNING mail_message.id, mail_message.notification_id
  )
  SELECT n.id, m.id FROM n LEFT JOIN m ON m.notification_id = n.id;
END
$$;
REVOKE ALL ON FUNCTION b40_raise_notification(text, text[], bigint, bigint, bigint, text, text, bigint[], bigint, text, boolean, jsonb, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_raise_notification(text, text[], bigint, bigint, bigint, text, text, bigint[], bigint, text, boolean, jsonb, text, boolean) TO b40_app;

-- A mail to an address rather than an account (an invitation, a membership applicant's
-- contact), queued by a signed-in caller in the transaction of the change; p_secret is a
-- one-time link's token, kept until sent.
CREATE FUNCTION b40_queue_mail(p_kind text, p_to_email text, p_locale text, p_params jsonb, p_url text, p_secret text)
RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  id bigint;
BEGIN
  IF b40_user_id() IS NULL THEN
    RAISE EXCEPTION 'b40_queue_mail: no viewer' USING ERRCODE = '42501';
  END IF;
  -- Only the mail a request sends to an address: not a way to mail anyone anything.
  IF p_kind NOT IN ('INVITATION', 'APPLICATION_DECIDED') THEN
    RAISE EXCEPTION 'b40_queue_mail: % is not mailed to an address', p_kind USING ERRCODE = '42501';
  END IF;
  INSERT INTO mail_message (user_id, to_email, locale, kind, params, url, secret)
  VALUES ((SELECT u.id FROM app_user u WHERE lower(u.email) = lower(p_to_email)), lower(p_to_email),
    coalesce((SELECT u.locale FROM app_user u WHERE lower(u.email) = lower(p_to_email)), p_locale, 'en'),
    p_kind, coalesce(p_params, '{}'), p_url, p_secret)
  RETURNING mail_message.id INTO id;
  RETURN id;
END
$$;
REVOKE ALL ON FUNCTION b40_queue_mail(text, text, text, jsonb, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_queue_mail(text, text, text, jsonb, text, text) TO b40_app;

-- The secret of a kept (never sent) mail, for its own signed-in recipient only: with no SMTP
-- server the app is the mailbox.
CREATE FUNCTION b40_kept_mail_secret(p_mail_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT secret FROM mail_message WHERE id = p_mail_id AND status = 'KEPT' AND user_id = b40_user_id()
$$;
REVOKE ALL ON FUNCTION b40_kept_mail_secret(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_kept_mail_secret(bigint) TO b40_app;
