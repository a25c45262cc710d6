DROP TABLE b40_private.attempt_bucket;
DROP FUNCTION b40_accept_invitation(bytea, text, text);
DROP FUNCTION b40_invitation_target(bytea);

CREATE FUNCTION b40_invitation_email(p_token_hash bytea) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT email FROM invitation WHERE token_hash = p_token_hash AND accepted_at IS NULL AND expires_at > now()
$$;
REVOKE ALL ON FUNCTION b40_invitation_email(bytea) FROM PUBLIC;

CREATE FUNCTION b40_accept_invitation(p_token_hash bytea, p_name text, p_password_hash text)
RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  inv invitation;
  uid bigint;
BEGIN
  SELECT * INTO inv FROM invitation
  WHERE token_hash = p_token_hash AND accepted_at IS NULL AND expires_at > now() FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT id INTO uid FROM app_user WHERE lower(email) = inv.email FOR UPDATE;
  IF uid IS NULL THEN
    INSERT INTO app_user (email, name, password_hash) VALUES (inv.email, p_name, p_password_hash) RETURNING id INTO uid;
  ELSE
    UPDATE app_user SET status = 'ACTIVE', name = p_name, password_hash = p_password_hash, updated_at = now() WHERE id = uid;
  END IF;
  IF inv.city_id IS NOT NULL THEN
    INSERT INTO city_membership (city_id, user_id, role) VALUES (inv.city_id, uid, inv.role)
    ON CONFLICT (city_id, user_id) DO UPDATE SET role = excluded.role;
  ELSE
    UPDATE app_user SET network_role = inv.role WHERE id = uid;
  END IF;
  UPDATE invitation SET accepted_at = now(), accepted_by = uid WHERE id = inv.id;
  RETURN uid;
END
$$;
REVOKE ALL ON FUNCTION b40_accept_invitation(bytea, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_accept_invitation(bytea, text, text) TO b40_app;
