-- What the application role may reach, narrowed to what requests use (issue: the database
-- role's reach). Secrets never travel through b40_app: password hashes and token hashes have
-- no column grant, and the lookups that need them run on the owner's connections.

-- Sign-in lookups run on the owner's pool; the application role never calls them.
REVOKE EXECUTE ON FUNCTION b40_auth_session(bytea), b40_auth_login(text) FROM b40_app;

-- Column grants instead of table grants where hashes live.
REVOKE SELECT ON app_user, session, invitation FROM b40_app;
GRANT SELECT (id, email, name, status, network_role, created_at, updated_at) ON app_user TO b40_app;
GRANT SELECT (id, user_id, kind, name, scope_role, scope_city_id, created_at, expires_at, revoked_at) ON session TO b40_app;
GRANT SELECT (id, email, role, city_id, invited_by, created_at, expires_at, accepted_at, accepted_by) ON invitation TO b40_app;
REVOKE UPDATE (password_hash) ON app_user FROM b40_app;

-- A signed-in user replaces only their own password (the hash is computed by the server).
CREATE FUNCTION b40_set_own_password(p_hash text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE app_user SET password_hash = p_hash, updated_at = now() WHERE id = b40_user_id() AND status = 'ACTIVE';
  RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION b40_set_own_password(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_set_own_password(text) TO b40_app;

-- The e-mail of a pending invitation, or NULL: looked up before any password is hashed.
CREATE FUNCTION b40_invitation_email(p_token_hash bytea) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT email FROM invitation WHERE token_hash = p_token_hash AND accepted_at IS NULL AND expires_at > now()
$$;
REVOKE ALL ON FUNCTION b40_invitation_email(bytea) FROM PUBLIC;

-- Secrets of the deployment, readable by the owner only: the request login role's password.
CREATE SCHEMA b40_private;
REVOKE ALL ON SCHEMA b40_private FROM PUBLIC;
CREATE TABLE b40_private.secret (
  name text PRIMARY KEY,
  value text NOT NULL
);
