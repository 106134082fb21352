-- Full-text search for the timeline: accent- and case-insensitive, in English and French alike.
--
-- The 'simple' configuration (no stemming, no stop words) is used on purpose: the record mixes
-- English and French, and an analyst searching "Anefis", "attaque" or "ambush" wants the word
-- as written, whatever the language. Accents are folded by unaccent, so "Anefis" finds "Anéfis".

-- unaccent() is only STABLE (its dictionary could be changed), so it cannot be used in a
-- generated column or an index. Naming the dictionary with its schema makes the result depend
-- on the arguments alone, which is what IMMUTABLE promises.
CREATE FUNCTION faultline_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The words of a piece of text as the search sees them: lower case, accents folded.
CREATE FUNCTION faultline_search_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple'::regconfig, faultline_unaccent(lower(coalesce($1, '')))) $$;

-- An event's own text. A generated column stays right whenever the row changes, with no trigger.
ALTER TABLE event ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(faultline_search_vector(title), 'A')
    || setweight(faultline_search_vector(summary), 'B')
    || setweight(faultline_search_vector(notes), 'C')) STORED;
CREATE INDEX event_search_idx ON event USING gin (search);

-- What the sources say is searched where it lives, through an expression index on claim, not
-- copied into event.search: a copy would need triggers on claim (insert, update, delete, and a
-- claim moved to another event) to stay right, while an index on the claim row is updated by
-- PostgreSQL itself whenever the claim changes. Queries use the same expression.
CREATE INDEX claim_search_idx ON claim USING gin (
    faultline_search_vector(coalesce(excerpt, '') || ' ' || coalesce(claimant_name, '')));

-- Events at a place are found by any of its names: "Tinzaouaten" (an alias) finds the events
-- at Tinzaouatène even when their text spells it otherwise.
CREATE INDEX place_search_idx ON place USING gin (
    faultline_search_vector(name || ' ' || coalesce(name_fr, '')));
CREATE INDEX place_alias_search_idx ON place_alias USING gin (faultline_search_vector(alias));
