-- Whether a city is a member in good standing (R6): one definition for every package that
-- must check it without owning the city table (auth's invitations among them).
CREATE FUNCTION b40_city_active(p_city bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM city WHERE id = p_city AND status = 'ACTIVE')
$$;
REVOKE ALL ON FUNCTION b40_city_active(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_city_active(bigint) TO b40_app;

-- The timeline's statuses were the one status column without its list (found by the test that
-- holds the Go vocabulary and the CHECK constraints together).
ALTER TABLE implementation_update ADD CONSTRAINT implementation_update_status_check
  CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'NOT_PURSUED'));
