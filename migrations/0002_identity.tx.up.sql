-- Identity, roles, sessions, invitations and the audit log; the viewer settings every policy
-- reads; the visibility model of workspace items.

-- The viewer, as the request's transaction set it (transaction-local, see internal/db/scope.go).
CREATE FUNCTION b40_user_id() RETURNS bigint LANGUAGE sql STABLE AS
$$ SELECT nullif(nullif(current_setting('b40.user_id', true), ''), '0')::bigint $$;
CREATE FUNCTION b40_city_ids() RETURNS bigint[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('b40.city_ids', true), '')::bigint[], '{}') $$;
CREATE FUNCTION b40_editor_city_ids() RETURNS bigint[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('b40.editor_city_ids', true), '')::bigint[], '{}') $$;
CREATE FUNCTION b40_admin_city_ids() RETURNS bigint[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('b40.admin_city_ids', true), '')::bigint[], '{}') $$;
CREATE FUNCTION b40_network_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('b40.network_role', true), '') $$;
CREATE FUNCTION b40_is_secretariat() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT b40_network_role() = 'SECRETARIAT' $$;

-- The workspace visibility model (contract "Roles and who sees what"): drafts and PRIVATE items
-- only to their own city; NETWORK items to member cities' people, the secretariat and analysts;
-- PUBLIC to everyone. The secretariat gets an explicit rule, never "no filter".
CREATE FUNCTION b40_visible(p_city_id bigint, p_visibility text, p_draft boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_city_id = ANY (b40_city_ids()) THEN true
    WHEN p_draft OR p_visibility = 'PRIVATE' THEN false
    WHEN p_visibility = 'PUBLIC' THEN true
    WHEN p_visibility = 'NETWORK' THEN cardinality(b40_city_ids()) > 0 OR b40_network_role() IN ('SECRETARIAT', 'ANALYST')
    ELSE false
  END
$$;
GRANT EXECUTE ON FUNCTION b40_user_id(), b40_city_ids(), b40_editor_city_ids(), b40_admin_city_ids(),
  b40_network_role(), b40_is_secretariat(), b40_visible(bigint, text, boolean) TO b40_app;

CREATE TABLE app_user (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
  name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
  password_hash text,
  network_role text CHECK (network_role IN ('SECRETARIAT', 'ANALYST')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email));

-- A person's role in a city's workspace.
CREATE TABLE city_membership (
  city_id bigint NOT NULL REFERENCES city (id),
  user_id bigint NOT NULL REFERENCES app_user (id),
  role text NOT NULL CHECK (role IN ('CITY_ADMIN', 'CITY_EDITOR', 'CITY_VIEWER')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, user_id)
);
CREATE INDEX city_membership_user_idx ON city_membership (user_id);

-- Login sessions and API tokens: only a SHA-256 of the random token is stored.
CREATE TABLE session (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  user_id bigint NOT NULL REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind IN ('SESSION', 'API_TOKEN')),
  name text CHECK (length(name) <= 200),
  -- API tokens act with one read scope: ANALYST, or CITY_VIEWER of scope_city_id.
  scope_role text CHECK (scope_role IN ('ANALYST', 'CITY_VIEWER')),
  scope_city_id bigint REFERENCES city (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK ((kind = 'API_TOKEN') = (scope_role IS NOT NULL)),
  CHECK ((scope_role = 'CITY_VIEWER') = (scope_city_id IS NOT NULL))
);
CREATE INDEX session_user_idx ON session (user_id) WHERE revoked_at IS NULL;

CREATE TABLE invitation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  email text NOT NULL CHECK (email = lower(email)),
  role text NOT NULL CHECK (role IN ('SECRETARIAT', 'ANALYST', 'CITY_ADMIN', 'CITY_EDITOR', 'CITY_VIEWER')),
  city_id bigint REFERENCES city (id),
  invited_by bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by bigint REFERENCES app_user (id),
  CHECK ((role LIKE 'CITY\_%') = (city_id IS NOT NULL))
);

-- One row per successful mutation, written in the mutation's transaction; never updated.
CREATE TABLE audit_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id bigint REFERENCES app_user (id),
  -- The city the change belongs to; NULL for network-level changes.
  city_id bigint REFERENCES city (id),
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  changes jsonb NOT NULL DEFAULT '{}',
  request_id text
);
CREATE INDEX audit_event_city_idx ON audit_event (city_id, at DESC, id DESC);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC);

-- Does the viewer manage this user? The secretariat manages everyone; a city admin, the people
-- of its cities.
CREATE FUNCTION b40_manages_user(p_user_id bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT b40_is_secretariat() OR EXISTS (
    SELECT 1 FROM city_membership m WHERE m.user_id = p_user_id AND m.city_id = ANY (b40_admin_city_ids()))
$$;
GRANT EXECUTE ON FUNCTION b40_manages_user(bigint) TO b40_app;

-- Are all of this user's roles within the viewer's administered cities? (A city admin may not
-- see the user's other memberships, so this looks with the owner's eyes and answers only yes/no.)
CREATE FUNCTION b40_user_wholly_managed(p_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT b40_is_secretariat() OR (
    NOT EXISTS (SELECT 1 FROM app_user WHERE id = p_user_id AND network_role IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM city_membership WHERE user_id = p_user_id AND city_id <> ALL (b40_admin_city_ids())))
$$;
REVOKE ALL ON FUNCTION b40_user_wholly_managed(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_user_wholly_managed(bigint) TO b40_app;

SELECT b40_enable_rls('city_membership');
SELECT b40_enable_rls('app_user');
SELECT b40_enable_rls('session');
SELECT b40_enable_rls('invitation');
SELECT b40_enable_rls('audit_event');

CREATE POLICY read ON city_membership FOR SELECT TO b40_app
  USING (user_id = b40_user_id() OR city_id = ANY (b40_admin_city_ids()) OR b40_is_secretariat());
CREATE POLICY write ON city_membership FOR ALL TO b40_app
  USING (city_id = ANY (b40_admin_city_ids()) OR b40_is_secretariat())
  WITH CHECK (city_id = ANY (b40_admin_city_ids()) OR b40_is_secretariat());

CREATE POLICY read ON app_user FOR SELECT TO b40_app USING (id = b40_user_id() OR b40_manages_user(id));
CREATE POLICY write ON app_user FOR UPDATE TO b40_app
  USING (id = b40_user_id() OR b40_manages_user(id)) WITH CHECK (id = b40_user_id() OR b40_manages_user(id));

CREATE POLICY own ON session FOR ALL TO b40_app USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id());
CREATE POLICY managed ON session FOR UPDATE TO b40_app USING (b40_manages_user(user_id)) WITH CHECK (b40_manages_user(user_id));
CREATE POLICY managed_read ON session FOR SELECT TO b40_app USING (b40_manages_user(user_id));

CREATE POLICY manage ON invitation FOR ALL TO b40_app
  USING (b40_is_secretariat() OR city_id = ANY (b40_admin_city_ids()))
  WITH CHECK (b40_is_secretariat() OR city_id = ANY (b40_admin_city_ids()));

CREATE POLICY read ON audit_event FOR SELECT TO b40_app USING (b40_is_secretariat() OR city_id = ANY (b40_admin_city_ids()));
CREATE POLICY append ON audit_event FOR INSERT TO b40_app WITH CHECK (actor_user_id IS NOT DISTINCT FROM b40_user_id());

GRANT SELECT ON app_user, city_membership, session, invitation, audit_event TO b40_app;
GRANT UPDATE (name, status, password_hash, network_role, updated_at) ON app_user TO b40_app;
GRANT INSERT, UPDATE, DELETE ON city_membership TO b40_app;
GRANT INSERT, UPDATE (revoked_at) ON session TO b40_app;
GRANT INSERT, UPDATE (expires_at) ON invitation TO b40_app;
GRANT INSERT ON audit_event TO b40_app;

-- Authentication happens before there is a viewer, so it runs in these definer functions: the
-- application role may call them but cannot read sessions, hashes or invitations at large.
-- plpgsql, not sql: PostgreSQL caches a plpgsql function's plans, and re-plans a non-inlined
-- sql function on every call (measured: 410 us against 60 us per authentication).
CREATE FUNCTION b40_auth_session(p_token_hash bytea)
RETURNS TABLE (session_id bigint, user_id bigint, email text, name text, network_role text, kind text,
               scope_role text, scope_city_id bigint, expires_at timestamptz, memberships jsonb, presidency_city_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY
  SELECT s.id, u.id, u.email, u.name, u.network_role, s.kind, s.scope_role, s.scope_city_id, s.expires_at,
    coalesce((SELECT jsonb_agg(jsonb_build_object('cityId', m.city_id, 'role', m.role) ORDER BY m.city_id)
              FROM city_membership m JOIN city c ON c.id = m.city_id AND c.status = 'ACTIVE'
              WHERE m.user_id = u.id), '[]'::jsonb),
    (SELECT t.city_id FROM presidency_term t WHERE t.year = extract(year FROM now())::int)
  FROM session s JOIN app_user u ON u.id = s.user_id
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE';
END
$$;

CREATE FUNCTION b40_auth_login(p_email text)
RETURNS TABLE (user_id bigint, password_hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY
  SELECT u.id, u.password_hash FROM app_user u
  WHERE lower(u.email) = lower(p_email) AND u.status = 'ACTIVE' AND u.password_hash IS NOT NULL;
END
$$;

-- Accepting an invitation creates the account (or reuses the one with that e-mail) and grants
-- the invited role, once; it returns the user, or NULL when the token is unknown, used or expired.
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

REVOKE ALL ON FUNCTION b40_auth_session(bytea), b40_auth_login(text), b40_accept_invitation(bytea, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_auth_session(bytea), b40_auth_login(text), b40_accept_invitation(bytea, text, text) TO b40_app;
