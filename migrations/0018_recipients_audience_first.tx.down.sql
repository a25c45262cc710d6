-- Back to 0013's SQL function.
CREATE OR REPLACE FUNCTION b40_notification_recipients(p_audiences text[], p_city_id bigint, p_user_id bigint, p_group_id bigint,
  p_item_city_id bigint, p_visibility text, p_draft boolean, p_actor bigint)
RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
  SELECT u.id FROM app_user u
  WHERE u.status = 'ACTIVE' AND u.id IS DISTINCT FROM p_actor AND (
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
$$;
