-- Back to 0004's search columns over the whole text.
ALTER TABLE practice DROP COLUMN search_text, DROP COLUMN search_vector,
  ADD COLUMN search_text text GENERATED ALWAYS AS (lower(b40_unaccent(title || ' ' || coalesce(summary, '') || ' ' || b40_all_text(body) || ' ' || coalesce(results, '')))) STORED,
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (b40_search_vector(lower(b40_unaccent(title || ' ' || coalesce(summary, '') || ' ' || b40_all_text(body) || ' ' || coalesce(results, ''))))) STORED;
CREATE INDEX practice_search_idx ON practice USING gin (search_vector);
CREATE INDEX practice_trgm_idx ON practice USING gin (search_text gin_trgm_ops);
DROP FUNCTION b40_practice_search_text(text, text, jsonb, text), b40_practice_search_vector(text, text, jsonb, text),
  b40_practice_search_body(jsonb, text);
