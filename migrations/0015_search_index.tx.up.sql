-- Issue 23: the practice library's search answers from its indexes, whatever the number of rows.
--
-- Why it scanned every practice (EXPLAIN (ANALYZE, BUFFERS) as the request role, 20,000
-- practices, a word in 4,000 of them: 150-215 ms, a sequential scan):
-- 1. Row-level security. The policy's test runs before any condition that is not LEAKPROOF,
--    and neither @@ (tsvector) nor <% (trigrams) is, so PostgreSQL may not use them as index
--    conditions on practice: every visible row was compared.
-- 2. Trigrams. Even through its index, `term <% search_text` rechecks word_similarity on the
--    500 characters of every row holding the term's trigrams, that is every row the full text
--    also matches (24 us a row: 97 ms for a word in 4,000 practices).
--
-- So:
-- 1. The match runs in b40_practice_search, a SECURITY DEFINER function (its owner's policy is
--    `true`, so the indexes serve), which applies the practice read policy itself (b40_visible,
--    or a city the caller edits: the same test as the policies read and author_write, with the
--    caller's scope read once) and
--    returns only the keys and ranks of what the caller may see; the caller then reads the rows
--    through the practice table under its own row-level security as before.
-- 2. Trigram similarity compares the search's words with a vocabulary (practice_search_word:
--    every word of every practice's trigram text, search_text), a short word at a time; the
--    similar words become a full-text query on search_words, the same text as words
--    (GIN-indexed). A term of several words matches a practice holding a word similar to each.
--    A trigram match ranks by its words' similarity (for each word of the term, its most
--    similar word in the practice; their average), always below a full-text match.
-- The vocabulary only grows (a word a practice no longer holds matches nothing through it);
-- the request role cannot read it.

CREATE TABLE practice_search_word (word text PRIMARY KEY);
CREATE INDEX practice_search_word_trgm_idx ON practice_search_word USING gin (word gin_trgm_ops);
REVOKE ALL ON practice_search_word FROM PUBLIC;

ALTER TABLE practice ADD COLUMN search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', b40_practice_search_text(title, summary, body, results))) STORED;
CREATE INDEX practice_search_words_idx ON practice USING gin (search_words);

INSERT INTO practice_search_word (word)
  SELECT DISTINCT w FROM practice, unnest(tsvector_to_array(search_words)) AS w ORDER BY w ON CONFLICT DO NOTHING;

-- New words enter the vocabulary with the row that brings them, in word order (two writers
-- adding the same new words wait for each other in the same order, never in a cycle).
CREATE FUNCTION b40_practice_search_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO practice_search_word (word)
    SELECT w FROM unnest(tsvector_to_array(NEW.search_words)) AS w ORDER BY w ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION b40_practice_search_words() FROM PUBLIC;
CREATE TRIGGER practice_search_words AFTER INSERT OR UPDATE OF title, summary, body, results ON practice
  FOR EACH ROW EXECUTE FUNCTION b40_practice_search_words();

-- The practices the caller may see that match p_term (lower case, unaccented), with their rank
-- when p_ranked (a count needs none, and ranking costs a microsecond a row): a full-text match
-- 1 + ts_rank (the title weighs most), a trigram match its words' similarity (at most 1). enable_seqscan is off inside: a common word matches a fifth of the rows, where
-- the planner would rather compare all of them than read the index, which costs a tenth.
CREATE FUNCTION b40_practice_search(p_term text, p_ranked boolean) RETURNS TABLE (city_id bigint, id bigint, rank double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 200 SET search_path = public, pg_temp SET enable_seqscan = off AS $$
DECLARE
  q tsquery := b40_search_query(p_term);
  words int;                -- the term's distinct words
  nth int[];                -- per similar word: which of the term's words it is like,
  likes tsquery[];          -- the similar word as a query on search_words,
  sims double precision[];  -- and how similar it is
  fuzzy tsquery;            -- every word of the term, as one of its similar words
  -- The caller's scope, read once: b40_visible reads and parses it again for every row (a
  -- microsecond a row, most of a common word's search). A test holds the two the same.
  member bigint[] := b40_city_ids();
  editor bigint[] := b40_editor_city_ids();
  network boolean := cardinality(b40_city_ids()) > 0 OR b40_network_role() IN ('SECRETARIAT', 'ANALYST');
BEGIN
  SELECT count(DISTINCT t) INTO words FROM regexp_split_to_table(p_term, '[^[:alnum:]]+') AS t WHERE t <> '';
  -- A term of more than 16 words is matched by full text alone: a practice would need a word
  -- like each of them, and looking up a hundred words costs more than the search.
  IF words > 16 THEN
    words := 0;
  END IF;
  IF words > 0 THEN
    SELECT array_agg(s.n), array_agg(plainto_tsquery('simple', s.word)), array_agg(s.sim)
      INTO nth, likes, sims
      FROM (SELECT l.n, l.word, l.sim
              FROM (SELECT t.n, w.word, word_similarity(t.t, w.word) AS sim,
                           row_number() OVER (PARTITION BY t.n ORDER BY word_similarity(t.t, w.word) DESC, w.word) AS nth_best
                      FROM (SELECT t, dense_rank() OVER (ORDER BY t) AS n FROM (SELECT DISTINCT t FROM regexp_split_to_table(p_term, '[^[:alnum:]]+') AS t WHERE t <> '') d) t
                      JOIN practice_search_word w ON t.t <% w.word) l
             WHERE l.nth_best <= 8) s;  -- a word's eight most similar words: a term of misspellings stays a bounded query
  END IF;
  IF words > 0 AND (SELECT count(DISTINCT n) FROM unnest(nth) AS n) = words THEN
    -- Less the practices holding every word of the term as it is: the full text has them.
    -- (The index answers `a & !b` itself: a common word costs no row here.)
    SELECT string_agg('(' || o.any_of || ')', ' & ')::tsquery && !! plainto_tsquery('simple', p_term) INTO fuzzy
      FROM (SELECT string_agg('(' || l::text || ')', ' | ') AS any_of FROM unnest(nth, likes) AS u(n, l) GROUP BY n) o;
  END IF;

  RETURN QUERY
    SELECT pt.city_id, pt.id, CASE WHEN p_ranked THEN 1 + ts_rank(pt.search_vector, q) END::double precision
      FROM practice pt
     WHERE pt.search_vector @@ q
       AND (pt.city_id = ANY (member) OR pt.city_id = ANY (editor)
            OR (pt.status <> 'DRAFT' AND (pt.visibility = 'PUBLIC' OR (pt.visibility = 'NETWORK' AND network))));
  IF fuzzy IS NOT NULL THEN
    RETURN QUERY
      SELECT pt.city_id, pt.id,
             CASE WHEN p_ranked THEN (SELECT avg(m.best) FROM (SELECT max(u.sim) AS best FROM unnest(nth, likes, sims) AS u(n, l, sim)
                                        WHERE pt.search_words @@ u.l GROUP BY u.n) m) END
        FROM practice pt
       WHERE pt.search_words @@ fuzzy AND NOT pt.search_vector @@ q
         AND (pt.city_id = ANY (member) OR pt.city_id = ANY (editor)
              OR (pt.status <> 'DRAFT' AND (pt.visibility = 'PUBLIC' OR (pt.visibility = 'NETWORK' AND network))));
  END IF;
END
$$;
REVOKE ALL ON FUNCTION b40_practice_search(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION b40_practice_search(text, boolean) TO b40_app;

-- The old trigram index served only the search's scan.
DROP INDEX practice_trgm_idx;
