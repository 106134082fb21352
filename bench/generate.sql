-- A synthetic archive at ACLED's size, for the benchmarks (BENCHMARKS.md). Deterministic: the same
-- seed and sizes give the same rows, ids included.
--
--   psql -h 127.0.0.1 -U postgres -d faultline_bench -v seed=0.42 -v events=2000000 -f bench/generate.sql
--
-- Run it on a database the application has migrated (start it once with FAULTLINE_DEMO=false):
-- it empties the record (events, claims, places, actors, sources, regions, control periods, audit
-- log) and keeps the taxonomy and the accounts. Sizes scale with :events (2,000,000 by default):
-- 5,000 places, 300 actors with aliases and relations, ~1.5 claims per event, 10 control periods
-- per place (50,000). Events fall on places by a power law: a few towns hold most of them.
--
-- Triggers are skipped while it runs (session_replication_role = replica, hence a superuser):
-- the audit log would otherwise double the data, and the rows are valid by construction. The
-- summary tables (V19) are rebuilt once at the end.

\set ON_ERROR_STOP on
\if :{?seed}
\else
\set seed 0.42
\endif
\if :{?events}
\else
\set events 2000000
\endif
\set places 5000
\set actors 300
\set sources 200
\timing on

SET session_replication_role = replica;
-- One backend draws every random number in order, so the seed fixes the result.
SET max_parallel_workers_per_gather = 0;
SET synchronous_commit = off;
SELECT setseed(:seed);

BEGIN;

TRUNCATE event_search, audit_log, review_decision, event_revision, claim_fatality, claim, event_actor, control_period, event,
    place_alias, place, actor_relation, actor_alias, source, actor, region RESTART IDENTITY CASCADE;

-- Words for names and for text of a realistic length (the full-text search reads them).
CREATE TEMP TABLE word (n int PRIMARY KEY, w text NOT NULL);
INSERT INTO word
SELECT row_number() OVER (), w
  FROM unnest(string_to_array(
       'attack ambush convoy patrol army soldiers rebels militants jihadists civilians village town market '
    || 'checkpoint base camp road bridge mine explosive improvised device drone strike airstrike artillery '
    || 'mortar shelling clash fighting offensive withdrawal retreat capture recapture control seized held '
    || 'killed wounded missing abducted displaced fled burned looted cattle herders farmers water well '
    || 'mosque school clinic mayor chief elders negotiation ceasefire agreement accord mediation observers '
    || 'peacekeepers mission helicopter vehicle motorcycle gunmen unidentified armed group coalition '
    || 'spokesman statement communique claimed denied confirmed reported according sources local residents '
    || 'witnesses hospital toll casualties funeral protest demonstration strike curfew election junta coup '
    || 'transition sanctions border desert river valley plateau dunes oasis north south east west central '
    || 'attaque embuscade patrouille soldats rebelles village marche camp route pont mine engin explosif '
    || 'frappe combats offensive retrait prise reprise tues blesses disparus enleves deplaces bétail '
    || 'éleveurs cultivateurs puits mosquée école dispensaire maire chef notables négociation cessez-le-feu '
    || 'accord médiation casques bleus hélicoptère véhicule moto hommes armés groupe porte-parole '
    || 'communiqué revendiqué démenti confirmé selon sources habitants témoins hôpital bilan manifestation',
       ' ')) AS w;
SELECT count(*) AS words FROM word \gset
CREATE TEMP TABLE vocabulary AS SELECT array_agg(w ORDER BY n) AS a FROM word;

-- A name of two or three syllables, as Saharan and Sahelian place names sound.
CREATE TEMP TABLE syllable (n int PRIMARY KEY, s text NOT NULL);
INSERT INTO syllable
SELECT row_number() OVER (), s
  FROM unnest(string_to_array('Ta Tin Ka Ki Dal Ga O Ber Te Sa Lit Ag Ha Mé Né Fis Mou Bou Dou Ni Ré Za Ou Ar '
    || 'Ak Ab Ey Ké Ména Lé Ré Sé Go Ton Bem Kou Sen Djé Dia Fa Ko Kro', ' ')) AS s;
SELECT count(*) AS syllables FROM syllable \gset

-- Regions: 10 of level 1, each with 5 of level 2.
INSERT INTO region (code, name, name_fr, level)
SELECT 'SYN-' || r, 'Region ' || r, 'Région ' || r, 1 FROM generate_series(1, 10) r;
INSERT INTO region (code, name, name_fr, level, parent_id)
SELECT 'SYN-' || r || '-' || c, 'Cercle ' || r || '.' || c, 'Cercle ' || r || '.' || c, 2, r
  FROM generate_series(1, 10) r, generate_series(1, 5) c;

-- Actors, each with two aliases; a tenth of them belong to another, with dates.
INSERT INTO actor (name, short_name, kind, acled_inter, colour, active_from)
SELECT 'Synthetic ' || (ARRAY['Armed Forces', 'Liberation Front', 'Islamic Group', 'Militia', 'Coalition',
                              'Mission', 'Self-Defence Group', 'Movement'])[1 + (a % 8)] || ' ' || a,
       'SYN' || a,
       (ARRAY['STATE_FORCE', 'REBEL_GROUP', 'JIHADIST_GROUP', 'MILITIA', 'REBEL_GROUP', 'PEACEKEEPING_MISSION',
              'MILITIA', 'POLITICAL_BODY'])[1 + (a % 8)],
       1 + (a % 8),
       '#' || lpad(to_hex((random() * 16777215)::int), 6, '0'),
       DATE '2000-01-01' + (random() * 3000)::int
  FROM generate_series(1, :actors) a;
INSERT INTO actor_alias (actor_id, alias, language)
SELECT a, 'Synthetic alias ' || a || '-' || k, (ARRAY['en', 'fr'])[k] FROM generate_series(1, :actors) a,
       generate_series(1, 2) k;
INSERT INTO actor_relation (actor_id, kind, related_id, valid_from, valid_to)
SELECT a, 'MEMBER_OF', 1 + ((a * 7) % :actors), DATE '2005-01-01' + (random() * 4000)::int, NULL
  FROM generate_series(1, :actors) a
 WHERE a % 10 = 0 AND 1 + ((a * 7) % :actors) <> a;

INSERT INTO source (name, kind, language)
SELECT 'Synthetic source ' || s,
       (ARRAY['STATE_MEDIA', 'PARTY_TO_CONFLICT', 'UN_NGO', 'INTERNATIONAL_MEDIA', 'LOCAL_MEDIA', 'SOCIAL_MEDIA'])
           [1 + (s % 6)],
       (ARRAY['fr', 'en'])[1 + (s % 2)]
  FROM generate_series(1, :sources) s;

-- Places scattered over Mali's extent, each with an alias.
INSERT INTO place (name, name_fr, kind, location, location_precision, region_id)
SELECT name, name, (ARRAY['CITY', 'TOWN', 'VILLAGE', 'VILLAGE', 'VILLAGE', 'MILITARY_BASE'])[1 + (p % 6)],
       ST_SetSRID(ST_MakePoint(-12 + random() * 16.2, 10.2 + random() * 14.8), 4326), 'EXACT', 11 + (p % 50)
  FROM (SELECT p, (SELECT string_agg(s, '' ORDER BY k) FROM syllable
                     JOIN LATERAL (SELECT k, 1 + floor(random() * :syllables)::int AS pick
                                     FROM generate_series(1, 2 + (p % 2)) k) picks ON picks.pick = syllable.n)
                  || ' ' || p AS name
          FROM generate_series(1, :places) p) named;
INSERT INTO place_alias (place_id, alias, language)
SELECT id, replace(name, 'é', 'e'), 'en' FROM place;

-- The sub-event types, numbered, to draw from.
CREATE TEMP TABLE subtype AS
SELECT row_number() OVER (ORDER BY s.code)::int AS n, s.code, s.name, s.event_type_code, t.disorder_type_code
  FROM sub_event_type s JOIN event_type t ON t.code = s.event_type_code;
ALTER TABLE subtype ADD PRIMARY KEY (n);
SELECT count(*) AS subtypes FROM subtype \gset

-- Rows are numbered in the order they are drawn: nested loops over the series keep that order
-- (a hash join would not), so ids follow the seed.
SET LOCAL enable_hashjoin = off;
SET LOCAL enable_mergejoin = off;

-- Events: a place by a power law (place 1 is the busiest), a day in 25 years, a sub-type, a
-- summary of 20 to 60 words; 97 % published. Inserted in date order, as a record kept day by day
-- (or imported from ACLED's date-sorted export) lies on disk: ids and heap pages follow the date.
INSERT INTO event (event_date, date_precision, disorder_type_code, event_type_code, sub_event_type_code, place_id,
                   fatalities_low, fatalities_best, fatalities_high, civilian_targeting, title, summary,
                   review_status, created_by, updated_by, created_at, updated_at)
SELECT d.day, (ARRAY['DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'WEEK', 'MONTH', 'DAY'])[1 + (d.g % 10)],
       st.disorder_type_code, st.event_type_code, st.code, d.place_id,
       d.best, d.best, d.best + (d.g % 3), d.g % 13 = 0,
       st.name || ' at ' || pl.name,
       (SELECT string_agg(v.a[1 + ((d.g * 7919 + k * 104729) % :words)], ' ' ORDER BY k)
          FROM vocabulary v, generate_series(1, 20 + (d.g % 41)) k),
       CASE WHEN d.g % 33 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench',
       d.day::timestamptz, d.day::timestamptz
  FROM (SELECT g::bigint AS g,
               DATE '2000-01-01' + floor(random() * 9131)::int AS day,
               1 + floor(:places * power(random(), 3))::int AS place_id,
               1 + floor(random() * :subtypes)::int AS subtype,
               floor(power(random(), 4) * 60)::int AS best
          FROM generate_series(1, :events) g
        OFFSET 0) d
  JOIN subtype st ON st.n = d.subtype
  JOIN place pl ON pl.id = d.place_id
 ORDER BY d.day, d.g;

-- Side A for every event (actors by a power law too), another actor on side B for seven in ten.
-- With the triggers off, each participation is given its event's date and flags (V30), fatalities
-- and strategic mark (V34) and place (V36) here.
INSERT INTO event_actor (event_id, actor_id, side, role, event_date, published, acled, fatalities_best, strategic,
                         place_id)
SELECT id, 1 + floor(:actors * power(random(), 2))::int, 'A', 'PRIMARY', event_date, review_status = 'PUBLISHED',
       acled_event_id IS NOT NULL, fatalities_best, event_type_code = 'STRATEGIC_DEVELOPMENTS', place_id
  FROM event ORDER BY id;
INSERT INTO event_actor (event_id, actor_id, side, role, event_date, published, acled, fatalities_best, strategic,
                         place_id)
SELECT event_id, 1 + ((actor_id + floor(random() * (:actors - 1))::int) % :actors), 'B', 'PRIMARY', event_date,
       published, acled, fatalities_best, strategic, place_id
  FROM event_actor WHERE event_id % 10 < 7 ORDER BY event_id;

-- Claims: one per event, a second for every other one; an excerpt of 10 to 30 words.
INSERT INTO claim (event_id, source_id, stance, url, published_on, excerpt, excerpt_language, fatalities,
                   claimant_name, provenance, created_at)
SELECT e.id, 1 + ((e.id * 31 + k * 17) % :sources), (ARRAY['REPORTS', 'REPORTS', 'CONFIRMS', 'DENIES'])[1 + ((e.id + k) % 4)],
       'https://example.org/report/' || e.id || '/' || k, e.event_date + k,
       (SELECT string_agg(v.a[1 + ((e.id * 104729 + j * 7919 + k) % :words)], ' ' ORDER BY j)
          FROM vocabulary v, generate_series(1, 10 + ((e.id + k) % 21)) j),
       'fr', e.fatalities_best + (k - 1), NULL, 'EDITOR', e.event_date::timestamptz
  FROM event e, generate_series(1, 2) k
 WHERE k = 1 OR e.id % 2 = 0
 ORDER BY e.id, k;

-- The search vectors (V28) that the skipped triggers would have written: each event's own
-- words, its claims' and its place's names.
SELECT faultline_event_search_refresh(ARRAY(SELECT id FROM event ORDER BY id));

-- Control: ten consecutive periods per place over the 25 years, the last one open.
INSERT INTO control_period (place_id, actor_id, status, valid_from, valid_to, basis)
SELECT place_id, actor_id, status, valid_from,
       lead(valid_from) OVER (PARTITION BY place_id ORDER BY k), 'ASSESSED'
  FROM (SELECT p AS place_id, k, 1 + floor(:actors * power(random(), 2))::int AS actor_id,
               (ARRAY['CONTROLLED', 'CONTROLLED', 'CONTROLLED', 'CONTESTED', 'BESIEGED'])[1 + floor(random() * 5)::int]
                   AS status,
               DATE '2000-01-01' + (k - 1) * 913 + floor(random() * 600)::int AS valid_from
          FROM generate_series(1, :places) p, generate_series(1, 10) k
        OFFSET 0) periods
 ORDER BY place_id, k;

COMMIT;

RESET session_replication_role;
-- The summary tables' triggers (V19) were skipped too.
SELECT faultline_summaries_rebuild();
VACUUM ANALYZE;

SELECT (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM claim) AS claims,
       (SELECT count(*) FROM place) AS places, (SELECT count(*) FROM actor) AS actors,
       (SELECT count(*) FROM control_period) AS control_periods,
       (SELECT count(*) FROM event WHERE place_id = 1) AS events_at_busiest_place;
