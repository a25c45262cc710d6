-- Back to 0009's search: the match under the caller's row-level security, trigrams on search_text.
CREATE INDEX practice_trgm_idx ON practice USING gin (search_text gin_trgm_ops);
DROP FUNCTION b40_practice_search(text, boolean);
DROP TRIGGER practice_search_words ON practice;
DROP FUNCTION b40_practice_search_words();
ALTER TABLE practice DROP COLUMN search_words;
DROP TABLE practice_search_word;
