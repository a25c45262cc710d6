-- A text with one version only (written in one language, not translated yet: most texts) has
-- nothing to choose: any choice ends on that one. b40_text_in is now a SQL expression
-- PostgreSQL inlines into the statement, answering that case itself, and it calls 0017's
-- PL/pgSQL choice (renamed b40_text_in_translated) only for a text with translations. A call
-- cost about 3 us of PL/pgSQL; the workspace page makes 100 of them. TestTextInSQLMatchesGo holds
-- both paths to i18n.Text.In.
ALTER FUNCTION b40_text_in(jsonb, text[]) RENAME TO b40_text_in_translated;

CREATE FUNCTION b40_text_in(t jsonb, wanted text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN jsonb_typeof(t -> 'translations') = 'array' AND jsonb_array_length(t -> 'translations') > 1
    THEN b40_text_in_translated(t, wanted)
    ELSE coalesce(t -> 'translations' -> 0 ->> 'text', '') END;
