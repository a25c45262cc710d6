-- Issue 19: a search ranks a stored, bounded document per practice, never its whole text (a
-- body may hold 20 translations of 50,000 characters; ranking all of it made one anonymous
-- search cost seconds). The document is the title, the summary, the body's first 4,000
-- characters (shared equally among its translations, so every language is searched) and the
-- results' first 1,000: at most 7,300 characters, lower case and unaccented, whatever the
-- practice holds. search_vector (stemmed, GIN-indexed) holds all of it, the title weighted A
-- and the summary B so that ts_rank puts a match in the title first; search_text, for trigram
-- matching of words no stemmer knows, is its first 500 characters (the title and the start of
-- the summary, mostly), because trigram word similarity costs 0.1 to 0.3 ms per 1,000
-- characters of every row it compares, and a term no stemmer knows may be compared with every
-- row.

-- Names inside the bodies are schema-qualified: pg_restore computes the generated columns with
-- an empty search_path.

-- The body's part of the document: each translation's first 4,000 / n characters, then the
-- results' first 1,000.
CREATE FUNCTION b40_practice_search_body(body jsonb, results text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(public.b40_unaccent(concat_ws(' ',
    (SELECT string_agg(left(e.value ->> 'text', 4000 / greatest(jsonb_array_length(l.list), 1)), ' ' ORDER BY e.n)
       FROM (SELECT CASE WHEN jsonb_typeof(body -> 'translations') = 'array' THEN body -> 'translations' ELSE '[]' END) AS l(list),
         jsonb_array_elements(l.list) WITH ORDINALITY AS e(value, n)),
    left(results, 1000))))
$$;
CREATE FUNCTION b40_practice_search_vector(title text, summary text, body jsonb, results text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(public.b40_search_vector(lower(public.b40_unaccent(title))), 'A')
      || setweight(public.b40_search_vector(lower(public.b40_unaccent(coalesce(left(summary, 2000), '')))), 'B')
      || public.b40_search_vector(public.b40_practice_search_body(body, results))
$$;
CREATE FUNCTION b40_practice_search_text(title text, summary text, body jsonb, results text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT left(lower(public.b40_unaccent(concat_ws(' ', title, left(summary, 2000)))) || ' ' || public.b40_practice_search_body(body, results), 500)
$$;
GRANT EXECUTE ON FUNCTION b40_practice_search_body(jsonb, text), b40_practice_search_vector(text, text, jsonb, text),
  b40_practice_search_text(text, text, jsonb, text) TO b40_app;

-- PostgreSQL 15 cannot change a generated column's expression: the columns are made again
-- (their indexes go with them).
ALTER TABLE practice DROP COLUMN search_text, DROP COLUMN search_vector,
  ADD COLUMN search_text text GENERATED ALWAYS AS (b40_practice_search_text(title, summary, body, results)) STORED,
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (b40_practice_search_vector(title, summary, body, results)) STORED;
CREATE INDEX practice_search_idx ON practice USING gin (search_vector);
CREATE INDEX practice_trgm_idx ON practice USING gin (search_text gin_trgm_ops);
