DROP SCHEMA b40_private CASCADE;
DROP FUNCTION b40_invitation_email(bytea);
DROP FUNCTION b40_set_own_password(text);
GRANT UPDATE (password_hash) ON app_user TO b40_app;
REVOKE SELECT (id, email, name, status, network_role, created_at, updated_at) ON app_user FROM b40_app;
REVOKE SELECT (id, user_id, kind, name, scope_role, scope_city_id, created_at, expires_at, revoked_at) ON session FROM b40_app;
REVOKE SELECT (id, email, role, city_id, invited_by, created_at, expires_at, accepted_at, accepted_by) ON invitation FROM b40_app;
GRANT SELECT ON app_user, session, invitation TO b40_app;
GRANT EXECUTE ON FUNCTION b40_auth_session(bytea), b40_auth_login(text) TO b40_app;
