-- b40_text_in as PL/pgSQL: the same choice as 0016's SQL function (and i18n.Text.In), made by
-- walking the translations instead of sorting the cross product of wanted locales and
-- translations. A SQL function with subqueries is never inlined, and each call paid for its own
-- executor: about 18 µs a call against 3 µs now, and a page of 100 practices calls it 100 times.
-- graph's differential test and internal/i18n's test hold the two languages together.
CREATE OR REPLACE FUNCTION b40_text_in(t jsonb, wanted text[]) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  trs jsonb := CASE WHEN jsonb_typeof(t -> 'translations') = 'array' THEN t -> 'translations' ELSE '[]' END;
  n int := jsonb_array_length(trs);
  w text;
  tr jsonb;
  machine_hit text;
BEGIN
  -- The wanted locales in order, then English, then the original.
  FOREACH w IN ARRAY coalesce(wanted, '{}') || ARRAY['en', coalesce(t ->> 'locale', '')] LOOP
    CONTINUE WHEN coalesce(w, '') = '';
    -- A human text of the language before a machine one, each the first in the text's order.
    machine_hit := NULL;
    FOR i IN 0 .. n - 1 LOOP
      tr := trs -> i;
      IF b40_same_language(tr ->> 'locale', w) THEN
        IF NOT coalesce((tr ->> 'machine')::boolean, false) THEN
          RETURN coalesce(tr ->> 'text', '');
        END IF;
        machine_hit := coalesce(machine_hit, tr ->> 'text', '');
      END IF;
    END LOOP;
    IF machine_hit IS NOT NULL THEN
      RETURN machine_hit;
    END IF;
  END LOOP;
  RETURN coalesce(trs -> 0 ->> 'text', '');
END $$;
