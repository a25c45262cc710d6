-- The city workspace: proposals to the network, the network's recommendations, voluntary
-- implementation (R6.5) with its timeline, shared practices with full-text search, and
-- idempotent creates (contract C6).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent-insensitive text, immutable so it can feed stored columns and indexes.
CREATE FUNCTION b40_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
-- Every translation's text of a TranslatedText value, for search.
CREATE FUNCTION b40_all_text(jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT coalesce(string_agg(t ->> 'text', ' '), '') FROM jsonb_array_elements(coalesce($1 -> 'translations', '[]')) t $$;
-- The network's languages that PostgreSQL can stem, plus 'simple' for everything else.
CREATE FUNCTION b40_search_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple', $1) || to_tsvector('english', $1) || to_tsvector('serbian', $1)
      || to_tsvector('turkish', $1) || to_tsvector('romanian', $1) || to_tsvector('greek', $1)
$$;
CREATE FUNCTION b40_search_query(text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('serbian', $1)
      || websearch_to_tsquery('turkish', $1) || websearch_to_tsquery('romanian', $1) || websearch_to_tsquery('greek', $1)
$$;
GRANT EXECUTE ON FUNCTION b40_unaccent(text), b40_all_text(jsonb), b40_search_vector(text), b40_search_query(text) TO b40_app;

CREATE TABLE proposal (
  city_id bigint NOT NULL REFERENCES city (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  title text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  summary text CHECK (length(summary) <= 2000),
  body jsonb NOT NULL CHECK (jsonb_typeof(body -> 'translations') = 'array'),
  -- NULL: for the summit agenda.
  working_group_id bigint REFERENCES working_group (id),
  visibility text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('PRIVATE', 'NETWORK', 'PUBLIC')),
  status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  submitted_at timestamptz,
  decided_at timestamptz,
  decision_note text CHECK (length(decision_note) <= 5000),
  decided_by_user_id bigint REFERENCES app_user (id),
  created_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (city_id, id),
  -- A proposal to the network is visible to the network.
  CHECK (status = 'DRAFT' OR visibility <> 'PRIVATE'),
  CHECK ((status IN ('ACCEPTED', 'DECLINED')) = (decided_at IS NOT NULL))
);
CREATE INDEX proposal_list_idx ON proposal (created_at DESC, id DESC);
CREATE INDEX proposal_status_idx ON proposal (status, submitted_at DESC);
CREATE INDEX proposal_group_idx ON proposal (working_group_id);
SELECT b40_enable_rls('proposal');
CREATE POLICY read ON proposal FOR SELECT TO b40_app USING (b40_visible(city_id, visibility, status = 'DRAFT'));
CREATE POLICY author_insert ON proposal FOR INSERT TO b40_app WITH CHECK (city_id = ANY (b40_editor_city_ids()));
CREATE POLICY author_update ON proposal FOR UPDATE TO b40_app
  USING (city_id = ANY (b40_editor_city_ids())) WITH CHECK (city_id = ANY (b40_editor_city_ids()));
CREATE POLICY reviewer_update ON proposal FOR UPDATE TO b40_app
  USING ((b40_is_secretariat() OR b40_is_presidency()) AND status <> 'DRAFT')
  WITH CHECK ((b40_is_secretariat() OR b40_is_presidency()) AND status <> 'DRAFT');
GRANT SELECT, INSERT, UPDATE ON proposal TO b40_app;

CREATE TABLE proposal_endorsement (
  city_id bigint NOT NULL,
  proposal_id bigint NOT NULL,
  endorser_city_id bigint NOT NULL REFERENCES city (id),
  endorsed_by_user_id bigint REFERENCES app_user (id),
  endorsed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, proposal_id, endorser_city_id),
  FOREIGN KEY (city_id, proposal_id) REFERENCES proposal (city_id, id),
  CHECK (endorser_city_id <> city_id)
);
SELECT b40_enable_rls('proposal_endorsement');
CREATE POLICY read ON proposal_endorsement FOR SELECT TO b40_app
  USING (EXISTS (SELECT 1 FROM proposal p WHERE p.city_id = proposal_endorsement.city_id AND p.id = proposal_endorsement.proposal_id));
CREATE POLICY endorse ON proposal_endorsement FOR INSERT TO b40_app WITH CHECK (endorser_city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT ON proposal_endorsement TO b40_app;

-- R6.5: the network's recommendations, which bind no one.
CREATE TABLE recommendation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  body jsonb NOT NULL CHECK (jsonb_typeof(body -> 'translations') = 'array'),
  source_proposal_city_id bigint,
  source_proposal_id bigint,
  source_working_group_id bigint REFERENCES working_group (id),
  source_summit_id bigint REFERENCES summit (id),
  adopted_on date NOT NULL,
  created_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (source_proposal_city_id, source_proposal_id) REFERENCES proposal (city_id, id),
  CHECK (source_proposal_id IS NOT NULL OR source_working_group_id IS NOT NULL OR source_summit_id IS NOT NULL)
);
CREATE UNIQUE INDEX recommendation_one_per_proposal_idx ON recommendation (source_proposal_city_id, source_proposal_id) WHERE source_proposal_id IS NOT NULL;
ALTER TABLE recommendation ENABLE ROW LEVEL SECURITY;
ALTER TABLE recommendation FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON recommendation TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY public_read ON recommendation FOR SELECT TO b40_app USING (true);
CREATE POLICY secretariat_write ON recommendation FOR ALL TO b40_app USING (b40_is_secretariat()) WITH CHECK (b40_is_secretariat());
GRANT SELECT, INSERT, UPDATE ON recommendation TO b40_app;

CREATE TABLE practice (
  city_id bigint NOT NULL REFERENCES city (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  title text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
  summary text CHECK (length(summary) <= 2000),
  body jsonb NOT NULL CHECK (jsonb_typeof(body -> 'translations') = 'array'),
  sdgs integer[] NOT NULL DEFAULT '{}' CHECK (sdgs <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
  results text CHECK (length(results) <= 10000),
  contact text CHECK (length(contact) <= 500),
  links text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 20),
  visibility text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('PRIVATE', 'NETWORK', 'PUBLIC')),
  status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
  published_at timestamptz,
  created_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  search_text text GENERATED ALWAYS AS (lower(b40_unaccent(title || ' ' || coalesce(summary, '') || ' ' || b40_all_text(body) || ' ' || coalesce(results, '')))) STORED,
  search_vector tsvector GENERATED ALWAYS AS (b40_search_vector(lower(b40_unaccent(title || ' ' || coalesce(summary, '') || ' ' || b40_all_text(body) || ' ' || coalesce(results, ''))))) STORED,
  PRIMARY KEY (city_id, id),
  CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX practice_list_idx ON practice (published_at DESC NULLS LAST, id DESC);
CREATE INDEX practice_search_idx ON practice USING gin (search_vector);
CREATE INDEX practice_trgm_idx ON practice USING gin (search_text gin_trgm_ops);
SELECT b40_enable_rls('practice');
CREATE POLICY read ON practice FOR SELECT TO b40_app USING (b40_visible(city_id, visibility, status = 'DRAFT'));
CREATE POLICY author_write ON practice FOR ALL TO b40_app
  USING (city_id = ANY (b40_editor_city_ids())) WITH CHECK (city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT, UPDATE ON practice TO b40_app;

CREATE TABLE practice_working_group (
  city_id bigint NOT NULL,
  practice_id bigint NOT NULL,
  working_group_id bigint NOT NULL REFERENCES working_group (id),
  PRIMARY KEY (city_id, practice_id, working_group_id),
  FOREIGN KEY (city_id, practice_id) REFERENCES practice (city_id, id) ON DELETE CASCADE
);
CREATE INDEX practice_working_group_group_idx ON practice_working_group (working_group_id);
SELECT b40_enable_rls('practice_working_group');
CREATE POLICY read ON practice_working_group FOR SELECT TO b40_app
  USING (EXISTS (SELECT 1 FROM practice p WHERE p.city_id = practice_working_group.city_id AND p.id = practice_working_group.practice_id));
CREATE POLICY author_write ON practice_working_group FOR ALL TO b40_app
  USING (city_id = ANY (b40_editor_city_ids())) WITH CHECK (city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT, DELETE ON practice_working_group TO b40_app;

-- Voluntary implementation (R6.5): of a recommendation, or the adoption of another city's
-- practice, or both.
CREATE TABLE implementation (
  city_id bigint NOT NULL REFERENCES city (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  recommendation_id bigint REFERENCES recommendation (id),
  source_practice_city_id bigint,
  source_practice_id bigint,
  visibility text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('PRIVATE', 'NETWORK', 'PUBLIC')),
  status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'NOT_PURSUED')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  planned_start date,
  planned_end date,
  created_by_user_id bigint REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (city_id, id),
  FOREIGN KEY (source_practice_city_id, source_practice_id) REFERENCES practice (city_id, id),
  CHECK (recommendation_id IS NOT NULL OR source_practice_id IS NOT NULL),
  CHECK (status <> 'COMPLETED' OR progress = 100),
  CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
  CHECK (source_practice_city_id IS DISTINCT FROM city_id)
);
-- At most one open implementation per city and recommendation, and per city and practice.
CREATE UNIQUE INDEX implementation_open_recommendation_idx ON implementation (city_id, recommendation_id)
  WHERE recommendation_id IS NOT NULL AND status NOT IN ('COMPLETED', 'NOT_PURSUED');
CREATE UNIQUE INDEX implementation_open_practice_idx ON implementation (city_id, source_practice_city_id, source_practice_id)
  WHERE source_practice_id IS NOT NULL AND status NOT IN ('COMPLETED', 'NOT_PURSUED');
CREATE INDEX implementation_recommendation_idx ON implementation (recommendation_id, status);
CREATE INDEX implementation_practice_idx ON implementation (source_practice_city_id, source_practice_id);
CREATE INDEX implementation_list_idx ON implementation (updated_at DESC, id DESC);
SELECT b40_enable_rls('implementation');
CREATE POLICY read ON implementation FOR SELECT TO b40_app USING (b40_visible(city_id, visibility, false));
CREATE POLICY author_write ON implementation FOR ALL TO b40_app
  USING (city_id = ANY (b40_editor_city_ids())) WITH CHECK (city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT, UPDATE ON implementation TO b40_app;

-- The timeline: appended, never rewritten or deleted (no UPDATE or DELETE grant at all).
CREATE TABLE implementation_update (
  city_id bigint NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  implementation_id bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  author_user_id bigint REFERENCES app_user (id),
  status text NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  note text CHECK (length(note) <= 5000),
  evidence_urls text[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence_urls) <= 20),
  PRIMARY KEY (city_id, id),
  FOREIGN KEY (city_id, implementation_id) REFERENCES implementation (city_id, id)
);
CREATE INDEX implementation_update_timeline_idx ON implementation_update (city_id, implementation_id, at DESC, id DESC);
SELECT b40_enable_rls('implementation_update');
CREATE POLICY read ON implementation_update FOR SELECT TO b40_app
  USING (EXISTS (SELECT 1 FROM implementation i WHERE i.city_id = implementation_update.city_id AND i.id = implementation_update.implementation_id));
CREATE POLICY append ON implementation_update FOR INSERT TO b40_app WITH CHECK (city_id = ANY (b40_editor_city_ids()));
GRANT SELECT, INSERT ON implementation_update TO b40_app;

-- C6: a retried create with the same key from the same user returns the first result.
CREATE TABLE idempotency_key (
  user_id bigint NOT NULL REFERENCES app_user (id),
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  operation text NOT NULL,
  request_hash text NOT NULL,
  entity_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON idempotency_key TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY own ON idempotency_key FOR ALL TO b40_app USING (user_id = b40_user_id()) WITH CHECK (user_id = b40_user_id());
GRANT SELECT, INSERT, UPDATE (entity_id) ON idempotency_key TO b40_app;
