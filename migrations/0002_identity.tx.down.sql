DROP FUNCTION b40_accept_invitation(bytea, text, text), b40_auth_login(text), b40_auth_session(bytea);
DROP FUNCTION b40_user_wholly_managed(bigint);
DROP TABLE audit_event, invitation, session, city_membership, app_user;
DROP FUNCTION b40_manages_user(bigint), b40_visible(bigint, text, boolean), b40_is_secretariat(), b40_network_role(),
  b40_admin_city_ids(), b40_editor_city_ids(), b40_city_ids(), b40_user_id();
