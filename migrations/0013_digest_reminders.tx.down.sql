-- Back to 0011's notification functions (no preferences, no digests, no reminders).
CREATE OR REPLACE FUNCTION b40_item_visible(p_type text, p_key bigint[]) RETURNS boolean LANGUAGE sql STABLE AS $$
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

CREATE OR REPLACE FUNCTION b40_raise_notification(p_kind text, p_audiences text[], p_city_id bigint, p_user_id bigint, p_group_id bigint,
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

DROP FUNCTION b40_notify_users(bigint[], text, text, text, bigint[], jsonb, text, bigint, boolean, text);
DROP FUNCTION b40_notification_recipients(text[], bigint, bigint, bigint, bigint, text, boolean, bigint);
DROP FUNCTION b40_mail_delivery(bigint, text);
DROP TABLE digest_mark;
DROP INDEX notification_digest_mail_idx;
DROP INDEX notification_digest_pending_idx;
DROP INDEX notification_dedupe_idx;
ALTER TABLE notification DROP COLUMN dedupe_key, DROP COLUMN digest_mail_id, DROP COLUMN digest;
DROP TABLE notification_preference;
REVOKE SELECT (time_zone), UPDATE (time_zone) ON app_user FROM b40_app;
ALTER TABLE app_user DROP COLUMN time_zone;
