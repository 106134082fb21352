-- pg_restore runs with an empty search_path, and rebuilds the generated column event.search and
-- the search indexes by calling faultline_search_vector: everything that function calls must
-- name its schema, or a backup cannot be restored (found by BackupRestoreIT). Same words, so the
-- stored vectors and indexes stay valid.
CREATE OR REPLACE FUNCTION faultline_search_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_tsvector('simple'::regconfig, public.faultline_unaccent(pg_catalog.lower(coalesce($1, '')))) $$;
