-- Accounts no one else can take over (issue 19): an invitation never sets the credentials, the
-- name or the status of an account that exists; and the sign-in back-off lives here, so every
-- server process behind one load balancer spends one budget.

-- What an invitation token points at, looked up on the owner's pool before any password is
-- hashed: the invitation, and the account that already has its e-mail, if any.
DROP FUNCTION b40_invitation_email(bytea);
CREATE FUNCTION b40_invitation_target(p_token_hash bytea)
RETURNS TABLE (invitation_id bigint, email text, city_id bigint, user_id bigint, user_status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT i.id, i.email, i.city_id, u.id, u.status
  FROM invitation i LEFT JOIN app_user u ON lower(u.email) = i.email
  WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.expires_at > now()
$$;
REVOKE ALL ON FUNCTION b40_invitation_target(bytea) FROM PUBLIC;

-- Accepting an invitation, once, under the invitation's and the account's row locks. It returns
-- no row for an unknown, used or expired token, else the account and the outcome:
--   CREATED           no account had the e-mail: it is created with this name and password;
--   GRANTED           the account exists and its signed-in owner (b40_user_id()) accepts: the
--                     role is granted, and nothing else of the account changes;
--   SIGN_IN_REQUIRED  the account exists and the caller is not its owner: nothing changes;
--   DEACTIVATED       the account is deactivated: only the secretariat brings it back;
--   DETAILS_REQUIRED  a new account needs a name and a password.
DROP FUNCTION b40_accept_invitation(bytea, text, text);
CREATE FUNCTION b40_accept_invitation(p_token_hash bytea, p_name text, p_password_hash text)
RETURNS TABLE (user_id bigint, outcome text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  inv invitation;
  acct app_user;
  uid bigint;
  result text;
BEGIN
  SELECT * INTO inv FROM invitation i
  WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.expires_at > now() FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  SELECT * INTO acct FROM app_user u WHERE lower(u.email) = inv.email FOR UPDATE;
  IF FOUND THEN
    IF acct.status <> 'ACTIVE' THEN
      RETURN QUERY SELECT acct.id, 'DEACTIVATED'::text;
      RETURN;
    END IF;
    IF acct.id IS DISTINCT FROM b40_user_id() THEN
      RETURN QUERY SELECT acct.id, 'SIGN_IN_REQUIRED'::text;
      RETURN;
    END IF;
    uid := acct.id;
    result := 'GRANTED';
  ELSE
    IF p_name IS NULL OR p_password_hash IS NULL THEN
      RETURN QUERY SELECT NULL::bigint, 'DETAILS_REQUIRED'::text;
      RETURN;
    END IF;
    -- Two invitations to one new e-mail accepted at once: the second finds the first's account.
    INSERT INTO app_user AS u (email, name, password_hash) VALUES (inv.email, p_name, p_password_hash)
    ON CONFLICT ((lower(email))) DO NOTHING RETURNING u.id INTO uid;
    IF uid IS NULL THEN
      SELECT u.id INTO uid FROM app_user u WHERE lower(u.email) = inv.email;
      RETURN QUERY SELECT uid, 'SIGN_IN_REQUIRED'::text;
      RETURN;
    END IF;
    result := 'CREATED';
  END IF;
  IF inv.city_id IS NOT NULL THEN
    INSERT INTO city_membership AS m (city_id, user_id, role) VALUES (inv.city_id, uid, inv.role)
    ON CONFLICT (city_id, user_id) DO UPDATE SET role = excluded.role;
  ELSE
    UPDATE app_user u SET network_role = inv.role, updated_at = now() WHERE u.id = uid;
  END IF;
  UPDATE invitation i SET accepted_at = now(), accepted_by = uid WHERE i.id = inv.id;
  RETURN QUERY SELECT uid, result;
END
$$;
REVOKE ALL ON FUNCTION b40_accept_invitation(bytea, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_accept_invitation(bytea, text, text) TO b40_app;

-- Token buckets of attempts (sign-ins, invitation acceptances, applications) per key, shared by
-- every server process. A bucket that is absent is full, so a bucket is deleted once it has
-- refilled (full_at) and no state is kept for an attempt that was refused. UNLOGGED: a crash
-- of the database forgets the buckets (they all become full), which costs less than the WAL of
-- every sign-in attempt. Owner only: requests never reach it.
CREATE UNLOGGED TABLE b40_private.attempt_bucket (
  key text PRIMARY KEY CHECK (length(key) <= 400),
  tokens double precision NOT NULL,
  at timestamptz NOT NULL,
  full_at timestamptz NOT NULL
);
CREATE INDEX attempt_bucket_full_idx ON b40_private.attempt_bucket (full_at);

