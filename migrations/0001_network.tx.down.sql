DROP TABLE working_group_meeting_attendance, working_group_meeting, working_group_member, working_group,
  secretariat_staff, presidency_term, delegation, summit;
ALTER TABLE network DROP CONSTRAINT network_secretariat_city_id_fkey;
DROP TABLE city, network_eligible_country, network, country;
DROP FUNCTION b40_enable_rls(regclass);
-- The role is cluster-wide and other databases (test clones) may still use it: revoke what this
-- database granted, keep the role.
REVOKE USAGE ON SCHEMA public FROM b40_app;
