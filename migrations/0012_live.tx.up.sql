-- Live updates (issue 21, items 8 and 9): every server process LISTENs on the channel b40_live
-- and fans what arrives out to its subscribers (internal/live). The NOTIFYs are sent by
-- triggers in the transaction of the change, so a rolled-back change announces nothing, and
-- every process, whichever served the change, hears a committed one. Payloads carry IDs and
-- kinds only; subscribers re-read through the API, under row-level security.

-- A notification for someone: {"u": recipient, "n": notification, "k": kind, "s": item}.
CREATE FUNCTION b40_live_notification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('b40_live', json_build_object('u', r.user_id, 'n', r.id, 'k', r.kind, 's', r.item_id)::text)
  FROM live_new_rows r;
  RETURN NULL;
END
$$;
CREATE TRIGGER notification_live AFTER INSERT ON notification
  REFERENCING NEW TABLE AS live_new_rows FOR EACH STATEMENT EXECUTE FUNCTION b40_live_notification();

-- An item changed (every successful mutation writes one audit event naming its item): {"i": item}.
CREATE FUNCTION b40_live_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('b40_live', json_build_object('i', e.entity_id)::text)
  FROM (SELECT DISTINCT entity_id FROM live_new_rows WHERE entity_id IS NOT NULL) e;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_event_live AFTER INSERT ON audit_event
  REFERENCING NEW TABLE AS live_new_rows FOR EACH STATEMENT EXECUTE FUNCTION b40_live_item();

-- A session or API token ended (sign-out, sign-out everywhere, a password changed or reset, an
-- account deactivated, a token revoked): {"x": session}. Its streams end at once.
CREATE FUNCTION b40_live_session_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('b40_live', json_build_object('x', NEW.id)::text);
  RETURN NULL;
END
$$;
CREATE TRIGGER session_live AFTER UPDATE OF revoked_at ON session
  FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) EXECUTE FUNCTION b40_live_session_end();
