DROP TABLE idempotency_key, implementation_update, implementation, practice_working_group, practice, recommendation,
  proposal_endorsement, proposal;
DROP FUNCTION b40_search_query(text), b40_search_vector(text), b40_all_text(jsonb), b40_unaccent(text);
-- The extensions may be shared with other objects; they stay.
