-- Back to 0002's PL/pgSQL definer function.
CREATE OR REPLACE FUNCTION b40_auth_session(p_token_hash bytea)
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
