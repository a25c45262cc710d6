-- Back to 0017's PL/pgSQL function alone.
DROP FUNCTION b40_text_in(jsonb, text[]);
ALTER FUNCTION b40_text_in_translated(jsonb, text[]) RENAME TO b40_text_in;
