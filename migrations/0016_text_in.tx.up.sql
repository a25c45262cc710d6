-- The nested reads (internal/nested) pick a translatable text's language in SQL, as
-- i18n.Text.In does in Go: the first wanted locale that has a text (a human one before a machine
-- one, then the first in the text's order), then English, then the original, then the first
-- text, else ''. A bare language matches a regional tag and the other way round ("sr" and
-- "sr-Latn"), two regional tags of one language do not. graph's differential test and
-- internal/i18n's test hold the two together.
CREATE FUNCTION b40_language_base(tag text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN substring(lower(tag) FROM '^[^_-]*');

CREATE FUNCTION b40_same_language(a text, b text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(coalesce(a, '')) = lower(coalesce(b, ''))
    OR (b40_language_base(coalesce(a, '')) = b40_language_base(coalesce(b, ''))
      AND (lower(coalesce(a, '')) = b40_language_base(coalesce(a, '')) OR lower(coalesce(b, '')) = b40_language_base(coalesce(b, ''))));

CREATE FUNCTION b40_text_in(t jsonb, wanted text[]) RETURNS text
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
