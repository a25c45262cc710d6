-- Success indicators set at the start of a term (R5.1) and the annual report at its end (R5.2).

CREATE TABLE indicator (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 64),
  name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 300),
  description text CHECK (length(description) <= 5000),
  unit text NOT NULL CHECK (btrim(unit) <> '' AND length(unit) <= 50),
  direction text NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
  scope text NOT NULL CHECK (scope IN ('NETWORK', 'WORKING_GROUP', 'CITY')),
  working_group_id bigint REFERENCES working_group (id),
  source text NOT NULL CHECK (source IN ('MANUAL', 'DERIVED')),
  -- DERIVED indicators name the live figure they are computed from.
  metric text CHECK (metric IN ('MEMBER_CITIES', 'MEETINGS_HELD', 'PRACTICES_PUBLISHED', 'IMPLEMENTATIONS_COMPLETED', 'CITIES_WITH_IMPLEMENTATION')),
  -- How city measurements roll up into one network figure.
  rollup text NOT NULL DEFAULT 'SUM' CHECK (rollup IN ('SUM', 'AVERAGE', 'COUNT_CITIES')),
  created_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((source = 'DERIVED') = (metric IS NOT NULL)),
  CHECK ((scope = 'WORKING_GROUP') = (working_group_id IS NOT NULL))
);

CREATE TABLE indicator_target (
  indicator_id bigint NOT NULL REFERENCES indicator (id),
  term_year integer NOT NULL CHECK (term_year >= 2021),
  baseline double precision NOT NULL,
  target double precision NOT NULL,
  due_on date NOT NULL,
  set_by_user_id bigint REFERENCES app_user (id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_id, term_year),
  CHECK (target <> baseline)
);

-- One value per indicator, city and date; network-level values have no city.
CREATE TABLE measurement (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id bigint NOT NULL REFERENCES indicator (id),
  city_id bigint REFERENCES city (id),
  measured_on date NOT NULL,
  value double precision NOT NULL,
  note text CHECK (length(note) <= 2000),
  recorded_by_user_id bigint REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX measurement_one_value_idx ON measurement (indicator_id, coalesce(city_id, 0), measured_on);
CREATE INDEX measurement_latest_idx ON measurement (indicator_id, city_id, measured_on DESC);

-- The frozen annual report: later edits do not change it.
CREATE TABLE annual_report (
  year integer PRIMARY KEY CHECK (year >= 2021),
  snapshot jsonb NOT NULL,
  finalized_at timestamptz NOT NULL DEFAULT now(),
  finalized_by_user_id bigint REFERENCES app_user (id)
);

ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON indicator TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY network_read ON indicator FOR SELECT TO b40_app USING (b40_user_id() IS NOT NULL);
CREATE POLICY governance_write ON indicator FOR ALL TO b40_app
  USING (b40_is_secretariat() OR b40_is_presidency()) WITH CHECK (b40_is_secretariat() OR b40_is_presidency());
GRANT SELECT, INSERT, UPDATE ON indicator TO b40_app;

ALTER TABLE indicator_target ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_target FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON indicator_target TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY network_read ON indicator_target FOR SELECT TO b40_app USING (b40_user_id() IS NOT NULL);
CREATE POLICY governance_write ON indicator_target FOR ALL TO b40_app
  USING (b40_is_secretariat() OR b40_is_presidency()) WITH CHECK (b40_is_secretariat() OR b40_is_presidency());
GRANT SELECT, INSERT, UPDATE ON indicator_target TO b40_app;

SELECT b40_enable_rls('measurement');
CREATE POLICY network_read ON measurement FOR SELECT TO b40_app USING (b40_user_id() IS NOT NULL);
CREATE POLICY city_write ON measurement FOR ALL TO b40_app
  USING (b40_is_secretariat() OR city_id = ANY (b40_editor_city_ids()))
  WITH CHECK (b40_is_secretariat() OR city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT, UPDATE (value, note, recorded_by_user_id, recorded_at) ON measurement TO b40_app;

ALTER TABLE annual_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_report FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON annual_report TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY network_read ON annual_report FOR SELECT TO b40_app USING (b40_user_id() IS NOT NULL);
CREATE POLICY secretariat_write ON annual_report FOR INSERT TO b40_app WITH CHECK (b40_is_secretariat());
GRANT SELECT, INSERT ON annual_report TO b40_app;

-- A working group's English name, for labels in aggregates.
CREATE FUNCTION b40_wg_name(bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT t ->> 'text' FROM working_group g, jsonb_array_elements(g.name -> 'translations') t
  WHERE g.id = $1 AND t ->> 'locale' = 'en' AND NOT coalesce((t ->> 'machine')::boolean, false) LIMIT 1
$$;
GRANT EXECUTE ON FUNCTION b40_wg_name(bigint) TO b40_app;

-- Each indicator's latest value per city (city_key 0: the network's own value), kept by a
-- trigger so progress reads one row per city instead of scanning every measurement.
CREATE TABLE measurement_latest (
  indicator_id bigint NOT NULL REFERENCES indicator (id),
  city_key bigint NOT NULL,
  city_id bigint REFERENCES city (id),
  measured_on date NOT NULL,
  value double precision NOT NULL,
  PRIMARY KEY (indicator_id, city_key)
);
SELECT b40_enable_rls('measurement_latest');
CREATE POLICY network_read ON measurement_latest FOR SELECT TO b40_app USING (b40_user_id() IS NOT NULL);
GRANT SELECT ON measurement_latest TO b40_app;

CREATE FUNCTION b40_measurement_latest() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO measurement_latest (indicator_id, city_key, city_id, measured_on, value)
  VALUES (NEW.indicator_id, coalesce(NEW.city_id, 0), NEW.city_id, NEW.measured_on, NEW.value)
  ON CONFLICT (indicator_id, city_key) DO UPDATE SET measured_on = EXCLUDED.measured_on, value = EXCLUDED.value
  WHERE EXCLUDED.measured_on >= measurement_latest.measured_on;
  RETURN NULL;
END
$$;
CREATE TRIGGER measurement_latest AFTER INSERT OR UPDATE ON measurement FOR EACH ROW EXECUTE FUNCTION b40_measurement_latest();
