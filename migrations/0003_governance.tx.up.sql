-- Network governance: membership applications, presidency elections, working-group workflows,
-- and write policies on the network's public tables (the secretariat writes them; the
-- presidency shares the working groups, R4.5).

CREATE FUNCTION b40_is_presidency() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('b40.presidency', true), '') = 'on' $$;
GRANT EXECUTE ON FUNCTION b40_is_presidency() TO b40_app;

-- Public tables: everyone reads, only the named sides write. RLS here is the second wall behind
-- the services' checks.
ALTER TABLE city ENABLE ROW LEVEL SECURITY;
ALTER TABLE city FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON city TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON city FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON city FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, UPDATE ON city TO b40_app;

ALTER TABLE summit ENABLE ROW LEVEL SECURITY;
ALTER TABLE summit FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON summit TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON summit FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON summit FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, UPDATE ON summit TO b40_app;

CREATE POLICY secretariat_write ON delegation FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, UPDATE ON delegation TO b40_app;

CREATE POLICY secretariat_write ON presidency_term FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT ON presidency_term TO b40_app;

ALTER TABLE secretariat_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE secretariat_staff FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON secretariat_staff TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON secretariat_staff FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON secretariat_staff FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, DELETE ON secretariat_staff TO b40_app;

-- Working groups: proposed by the presidency or the secretariat, approved by the other (R4.5).
ALTER TABLE working_group
  ADD COLUMN proposed_by_user_id bigint REFERENCES app_user (id),
  ADD COLUMN approved_by_user_id bigint REFERENCES app_user (id),
  ADD COLUMN closed_at timestamptz;
ALTER TABLE working_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE working_group FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON working_group TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON working_group FOR SELECT TO b40_app USING (true);
CREATE POLICY governance_write ON working_group FOR ALL TO b40_app
  USING (b40_is_secretariat() OR b40_is_presidency()) WITH CHECK (b40_is_secretariat() OR b40_is_presidency());
GRANT INSERT, UPDATE ON working_group TO b40_app;

-- A city joins or leaves a group through its admin.
CREATE POLICY city_admin_write ON working_group_member FOR ALL TO b40_app
  USING (city_id = ANY (b40_admin_city_ids())) WITH CHECK (city_id = ANY (b40_admin_city_ids()));
GRANT INSERT, DELETE, UPDATE (focal_point) ON working_group_member TO b40_app;

ALTER TABLE working_group_meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE working_group_meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON working_group_meeting TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON working_group_meeting FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON working_group_meeting FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, UPDATE ON working_group_meeting TO b40_app;

CREATE POLICY secretariat_write ON working_group_meeting_attendance FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT INSERT, DELETE ON working_group_meeting_attendance TO b40_app;

-- R4.4: a member city may ask for a meeting beyond the quarterly one; the secretariat answers.
CREATE TABLE meeting_request (
  city_id bigint NOT NULL REFERENCES city (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  working_group_id bigint NOT NULL REFERENCES working_group (id),
  reason text NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 2000),
  requested_by_user_id bigint REFERENCES app_user (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
  responded_at timestamptz,
  responded_by_user_id bigint REFERENCES app_user (id),
  response_note text CHECK (length(response_note) <= 2000),
  meeting_id bigint REFERENCES working_group_meeting (id),
  PRIMARY KEY (city_id, id),
  CHECK ((status = 'PENDING') = (responded_at IS NULL)),
  CHECK ((status = 'ACCEPTED') = (meeting_id IS NOT NULL))
);
CREATE INDEX meeting_request_group_idx ON meeting_request (working_group_id, requested_at DESC);
SELECT b40_enable_rls('meeting_request');
-- Who asked is network business: members and the secretariat see requests; the asking city's
-- admins create them; the secretariat answers.
CREATE POLICY network_read ON meeting_request FOR SELECT TO b40_app
  USING (cardinality(b40_city_ids()) > 0 OR b40_network_role() IN ('SECRETARIAT', 'ANALYST'));
CREATE POLICY city_admin_insert ON meeting_request FOR INSERT TO b40_app WITH CHECK (city_id = ANY (b40_admin_city_ids()));
CREATE POLICY secretariat_answer ON meeting_request FOR UPDATE TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT SELECT, INSERT, UPDATE (status, responded_at, responded_by_user_id, response_note, meeting_id) ON meeting_request TO b40_app;

-- R6.3: the public membership form. Contact details are personal data: the secretariat only.
CREATE TABLE membership_application (
  -- BY DEFAULT: an anonymous submitter takes the id from the sequence first, since it may not
  -- read the row back (no RETURNING under RLS).
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  city_name text NOT NULL CHECK (btrim(city_name) <> '' AND length(city_name) <= 200),
  local_name text CHECK (length(local_name) <= 200),
  country char(2) NOT NULL REFERENCES country (code),
  mayor_name text CHECK (length(mayor_name) <= 200),
  contact_name text NOT NULL CHECK (btrim(contact_name) <> '' AND length(contact_name) <= 200),
  contact_email text NOT NULL CHECK (length(contact_email) <= 254),
  contact_position text CHECK (length(contact_position) <= 200),
  website text CHECK (length(website) <= 2000),
  population integer CHECK (population >= 0),
  motivation text NOT NULL CHECK (btrim(motivation) <> '' AND length(motivation) <= 5000),
  status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
  submitted_at timestamptz NOT NULL DEFAULT now(),
  reviewed_at timestamptz,
  reviewed_by_user_id bigint REFERENCES app_user (id),
  review_note text CHECK (length(review_note) <= 2000),
  -- The member city an approval created.
  city_id bigint REFERENCES city (id),
  CHECK ((status = 'SUBMITTED') = (reviewed_at IS NULL)),
  CHECK ((status = 'APPROVED') = (city_id IS NOT NULL))
);
CREATE INDEX membership_application_status_idx ON membership_application (status, submitted_at DESC, id DESC);
-- One open application per city name and country.
CREATE UNIQUE INDEX membership_application_open_idx ON membership_application (lower(city_name), country) WHERE status = 'SUBMITTED';
SELECT b40_enable_rls('membership_application');
CREATE POLICY anyone_submits ON membership_application FOR INSERT TO b40_app
  WITH CHECK (status = 'SUBMITTED' AND city_id IS NULL AND reviewed_at IS NULL);
CREATE POLICY secretariat_reviews ON membership_application FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT SELECT, INSERT, UPDATE (status, reviewed_at, reviewed_by_user_id, review_note, city_id) ON membership_application TO b40_app;
GRANT USAGE ON SEQUENCE membership_application_id_seq TO b40_app;

-- R2: presidency elections at the annual summit, for the year after it (R2.6). A tie opens a
-- runoff round among the tied cities.
CREATE TABLE presidency_election (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  summit_id bigint NOT NULL REFERENCES summit (id),
  term_year integer NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RUNOFF', 'DECIDED', 'CLOSED')),
  round integer NOT NULL DEFAULT 1 CHECK (round >= 1),
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by_user_id bigint REFERENCES app_user (id),
  closed_at timestamptz,
  winner_city_id bigint REFERENCES city (id),
  CHECK ((status = 'DECIDED') = (winner_city_id IS NOT NULL))
);
CREATE INDEX presidency_election_summit_idx ON presidency_election (summit_id);
ALTER TABLE presidency_election ENABLE ROW LEVEL SECURITY;
ALTER TABLE presidency_election FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON presidency_election TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON presidency_election FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON presidency_election FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT SELECT, INSERT, UPDATE (status, round, closed_at, winner_city_id) ON presidency_election TO b40_app;

CREATE TABLE presidency_candidate (
  city_id bigint NOT NULL REFERENCES city (id),
  election_id bigint NOT NULL REFERENCES presidency_election (id),
  round integer NOT NULL CHECK (round >= 1),
  declared_at timestamptz NOT NULL DEFAULT now(),
  declared_by_user_id bigint REFERENCES app_user (id),
  PRIMARY KEY (city_id, election_id, round)
);
CREATE INDEX presidency_candidate_election_idx ON presidency_candidate (election_id, round);
SELECT b40_enable_rls('presidency_candidate');
CREATE POLICY public_read ON presidency_candidate FOR SELECT TO b40_app USING (true);
CREATE POLICY declare_candidacy ON presidency_candidate FOR INSERT TO b40_app WITH CHECK (b40_is_secretariat() OR city_id = ANY (b40_admin_city_ids()));
GRANT SELECT, INSERT ON presidency_candidate TO b40_app;

-- One member city, one vote a round: the primary key makes a second vote impossible, even
-- when fifty arrive at once.
CREATE TABLE presidency_vote (
  city_id bigint NOT NULL REFERENCES city (id),
  election_id bigint NOT NULL REFERENCES presidency_election (id),
  round integer NOT NULL,
  candidate_city_id bigint NOT NULL,
  cast_by_user_id bigint REFERENCES app_user (id),
  cast_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, election_id, round),
  FOREIGN KEY (candidate_city_id, election_id, round) REFERENCES presidency_candidate (city_id, election_id, round)
);
CREATE INDEX presidency_vote_election_idx ON presidency_vote (election_id, round);
SELECT b40_enable_rls('presidency_vote');
-- How each city voted: the secretariat, and each city its own ballot.
CREATE POLICY ballot_read ON presidency_vote FOR SELECT TO b40_app USING (b40_is_secretariat() OR city_id = ANY (b40_city_ids()));
CREATE POLICY cast_vote ON presidency_vote FOR INSERT TO b40_app WITH CHECK (city_id = ANY (b40_admin_city_ids()));
GRANT SELECT, INSERT ON presidency_vote TO b40_app;

-- The tally and who voted, for members and the secretariat: counts, never ballots.
CREATE FUNCTION b40_election_tally(p_election_id bigint, p_round integer)
RETURNS TABLE (candidate_city_id bigint, votes bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT (b40_is_secretariat() OR cardinality(b40_city_ids()) > 0) THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT c.city_id, count(v.city_id) FROM presidency_candidate c
  LEFT JOIN presidency_vote v ON v.election_id = c.election_id AND v.round = c.round AND v.candidate_city_id = c.city_id
  WHERE c.election_id = p_election_id AND c.round = p_round
  GROUP BY c.city_id;
END
$$;
CREATE FUNCTION b40_election_voters(p_election_id bigint, p_round integer)
RETURNS TABLE (city_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT (b40_is_secretariat() OR cardinality(b40_city_ids()) > 0) THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT v.city_id FROM presidency_vote v WHERE v.election_id = p_election_id AND v.round = p_round ORDER BY v.city_id;
END
$$;
REVOKE ALL ON FUNCTION b40_election_tally(bigint, integer), b40_election_voters(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_election_tally(bigint, integer), b40_election_voters(bigint, integer) TO b40_app;
