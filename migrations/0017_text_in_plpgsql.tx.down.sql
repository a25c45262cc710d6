-- Back to 0016's SQL function.
CREATE OR REPLACE FUNCTION b40_text_in(t jsonb, wanted text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  BEGIN ATOMIC
    SELECT coalesce(
      (SELECT coalesce(x.tr ->> 'text', '')
         FROM unnest(coalesce(wanted, '{}') || ARRAY['en', coalesce(t ->> 'locale', '')]) WITH ORDINALITY AS w(loc, i),
              jsonb_array_elements(CASE WHEN jsonb_typeof(t -> 'translations') = 'array' THEN t -> 'translations' ELSE '[]' END) WITH ORDINALITY AS x(tr, j)
        WHERE coalesce(w.loc, '') <> '' AND b40_same_language(x.tr ->> 'locale', w.loc)
        ORDER BY w.i, coalesce((x.tr ->> 'machine')::boolean, false), x.j
        LIMIT 1),
      CASE WHEN jsonb_typeof(t -> 'translations') = 'array' THEN t -> 'translations' -> 0 ->> 'text' END,
      '');
  END;
