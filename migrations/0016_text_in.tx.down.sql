DROP FUNCTION b40_text_in(jsonb, text[]);
DROP FUNCTION b40_same_language(text, text);
DROP FUNCTION b40_language_base(text);
