-- Search as you type over places (PlaceLookup) matches any part of a name, French name or
-- alias, ignoring accents and case: faultline_unaccent(x) ILIKE '%text%'. A B-tree cannot help
-- with a leading wildcard; a trigram index can, which matters once a GeoNames dump has put tens
-- of thousands of places and aliases in the gazetteer. pg_trgm is a trusted extension
-- (PostgreSQL 13+), so the application's own role may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX place_name_trgm_idx ON place USING gin (faultline_unaccent(name) gin_trgm_ops);
CREATE INDEX place_name_fr_trgm_idx ON place USING gin (faultline_unaccent(name_fr) gin_trgm_ops);
CREATE INDEX place_alias_trgm_idx ON place_alias USING gin (faultline_unaccent(alias) gin_trgm_ops);
