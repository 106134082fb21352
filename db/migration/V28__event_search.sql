-- One search vector per event: its own text (title, summary, notes: event.search), what every
-- claim about it says (excerpt, claimant) and every name of its place (name, French name,
-- aliases), with one GIN index. The timeline's search read the events', the claims' and the
-- places' indexes apart and then joined every match to the events before it could sort them: a
-- common word ("ambush" in a third of 2,000,000 events) took minutes. Now the condition is on
-- one row per event, so PostgreSQL chooses, from the word's frequency, between reading the
-- matches from the index (a rare word) and walking the events newest first until a page is full
-- (a common one).
--
-- Derived data, kept by statement triggers on event, claim, place and place_alias (V3 chose
-- expression indexes so as to need none; at 2,000,000 events the join they forced cost more than
-- the triggers do). Renaming a place or adding an alias rewrites the vectors of its events.
CREATE TABLE event_search (
    event_id bigint   NOT NULL CONSTRAINT event_search_pkey PRIMARY KEY
                               CONSTRAINT event_search_event_fkey REFERENCES event (id) ON DELETE CASCADE,
    search   tsvector NOT NULL
);
-- The frequency of each word decides the plan: with the default statistics a rare word was taken
-- for a common one (0.5 % of the events) and the newest events were walked for seconds.
ALTER TABLE event_search ALTER COLUMN search SET STATISTICS 1000;

-- What an analyst typed as a query: every word a prefix, all required ("Anefis" becomes
-- 'anefis':*, which also finds "Anéfis"). IMMUTABLE, so that PostgreSQL works it out while
-- planning and weighs its words against the index's statistics.
CREATE FUNCTION faultline_search_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = public, pg_temp
    AS $$
SELECT to_tsquery('simple'::regconfig, string_agg(word || ':*', ' & '))
  FROM regexp_split_to_table(faultline_unaccent(lower($1)), '[^[:alnum:]]+') AS word
 WHERE word <> ''
$$;

-- Every name of a place, as words.
CREATE FUNCTION faultline_place_words(place_id bigint) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = public, pg_temp
    AS $$
SELECT faultline_search_vector(p.name || ' ' || coalesce(p.name_fr, '') || ' '
                               || coalesce((SELECT string_agg(pa.alias, ' ') FROM place_alias pa
                                             WHERE pa.place_id = p.id), ''))
  FROM place p
 WHERE p.id = faultline_place_words.place_id
$$;

-- An event's vector: its own words, then its claims' and its place's at weight D.
CREATE FUNCTION faultline_event_search(event_text tsvector, event_id bigint, place_words tsvector)
    RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = public, pg_temp
    AS $$
SELECT coalesce(event_text, ''::tsvector)
       || coalesce((SELECT setweight(faultline_search_vector(
                               string_agg(coalesce(c.excerpt, '') || ' ' || coalesce(c.claimant_name, ''), ' ')), 'D')
                      FROM claim c
                     WHERE c.event_id = faultline_event_search.event_id), ''::tsvector)
       || setweight(coalesce(place_words, ''::tsvector), 'D')
$$;

-- Writes the vectors of these events, each place's words worked out once.
CREATE FUNCTION faultline_event_search_refresh(event_ids bigint[]) RETURNS void
    LANGUAGE sql VOLATILE
    SET search_path = public, pg_temp
    AS $$
WITH events AS (SELECT e.id, e.search, e.place_id FROM event e WHERE e.id IN (SELECT unnest(event_ids))),
     places AS (SELECT p.place_id, faultline_place_words(p.place_id) AS words
                  FROM (SELECT DISTINCT place_id FROM events) p)
INSERT INTO event_search (event_id, search)
SELECT ev.id, faultline_event_search(ev.search, ev.id, pl.words)
  FROM events ev JOIN places pl ON pl.place_id = ev.place_id
ON CONFLICT (event_id) DO UPDATE SET search = excluded.search
$$;

CREATE TEMP TABLE place_words_now AS SELECT p.id AS place_id, faultline_place_words(p.id) AS words FROM place p;
INSERT INTO event_search (event_id, search)
SELECT e.id, faultline_event_search(e.search, e.id, pw.words)
  FROM event e JOIN place_words_now pw ON pw.place_id = e.place_id;
DROP TABLE place_words_now;

CREATE INDEX event_search_vector_idx ON event_search USING gin (search);
-- Plans need the words' frequencies from the first search on, not after autovacuum's visit.
ANALYZE event_search;

-- The claims', the events' and the places' own search indexes are read no more.
DROP INDEX claim_search_idx;
DROP INDEX event_search_idx;
DROP INDEX place_search_idx;
DROP INDEX place_alias_search_idx;

-- New events; events whose words or place changed.
CREATE FUNCTION faultline_event_search_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM faultline_event_search_refresh(ARRAY(SELECT n.id FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE FUNCTION faultline_event_search_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM faultline_event_search_refresh(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE n.search IS DISTINCT FROM o.search OR n.place_id <> o.place_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER event_search_inserted AFTER INSERT ON event REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_search_inserted();
CREATE TRIGGER event_search_updated AFTER UPDATE ON event REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_search_updated();

-- Claims with words, added or removed; claims whose words or event changed (both events: a
-- merge moves claims).
CREATE FUNCTION faultline_claim_search_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM faultline_event_search_refresh(ARRAY(
            SELECT unnest(ARRAY[n.event_id, o.event_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.event_id <> o.event_id OR n.excerpt IS DISTINCT FROM o.excerpt
                OR n.claimant_name IS DISTINCT FROM o.claimant_name));
    ELSE
        PERFORM faultline_event_search_refresh(ARRAY(
            SELECT c.event_id FROM changed_rows c
             WHERE coalesce(c.excerpt, '') <> '' OR coalesce(c.claimant_name, '') <> ''));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER claim_search_inserted AFTER INSERT ON claim REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_claim_search_changed();
CREATE TRIGGER claim_search_deleted AFTER DELETE ON claim REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_claim_search_changed();
CREATE TRIGGER claim_search_updated AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_claim_search_changed();

-- Places renamed, aliases added, changed or removed: the events at those places.
CREATE FUNCTION faultline_place_search_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'place' THEN
        PERFORM faultline_event_search_refresh(ARRAY(
            SELECT e.id FROM event e
             WHERE e.place_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                   WHERE n.name <> o.name OR n.name_fr IS DISTINCT FROM o.name_fr)));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM faultline_event_search_refresh(ARRAY(
            SELECT e.id FROM event e
             WHERE e.place_id IN (SELECT n.place_id FROM new_rows n UNION SELECT o.place_id FROM old_rows o)));
    ELSE
        PERFORM faultline_event_search_refresh(ARRAY(
            SELECT e.id FROM event e WHERE e.place_id IN (SELECT c.place_id FROM changed_rows c)));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER place_search_renamed AFTER UPDATE ON place REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_place_search_changed();
CREATE TRIGGER place_alias_search_inserted AFTER INSERT ON place_alias REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_place_search_changed();
CREATE TRIGGER place_alias_search_deleted AFTER DELETE ON place_alias REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_place_search_changed();
CREATE TRIGGER place_alias_search_updated AFTER UPDATE ON place_alias
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION faultline_place_search_changed();
