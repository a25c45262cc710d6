-- Whether a city is a member in good standing (R1): one definition for every package that
-- must check it without owning the city table (auth's invitations among them).
CREATE FUNCTION b40_city_active(p_city bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM city WHERE id = p_city AND status = 'ACTIVE')
$$;
REVOKE ALL ON FUNCTION b40_city_active(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_city_active(bigint) TO b40_app;
