-- Lists that counted the record on every request (issue 6, at 2,000,000 events, one request at a
-- time): the list of regions 1.8 s (every event, counted through its place), a region's page 260 ms,
-- the list of actors more than 2 s (every participation, checked against its event), the list of
-- sources 34 ms (15,000 claims a source). Their figures now come from summaries kept by statement
-- triggers, as V19's are:
--
-- - place_summary also sums its events' best fatality estimates, so a region's figures are a sum
--   over its places' summary rows;
-- - source_summary counts each source's claims, whatever their event's status, as the pages did;
-- - actor_summary counts each actor's published events, ACLED's apart, derived from
--   actor_day_summary by triggers of its own.

-- place_summary: fatalities.
ALTER TABLE place_summary ADD COLUMN fatalities_best bigint NOT NULL DEFAULT 0;

UPDATE place_summary s
   SET fatalities_best = f.fatalities_best
  FROM (SELECT place_id, acled_event_id IS NOT NULL AS acled, coalesce(sum(fatalities_best), 0) AS fatalities_best
          FROM event WHERE review_status = 'PUBLISHED'
         GROUP BY 1, 2) f
 WHERE s.place_id = f.place_id AND s.acled = f.acled;

-- As V19's, with place_summary's fatalities.
CREATE OR REPLACE FUNCTION event_summaries_track() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    columns CONSTANT text := 'id, event_date, event_type_code, place_id, acled_event_id IS NOT NULL AS acled, '
        || 'coalesce(fatalities_best, 0) AS best, coalesce(fatalities_low, fatalities_best, 0) AS low, '
        || 'coalesce(fatalities_high, fatalities_best, 0) AS high';
    delta text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := format('SELECT %s, 1 AS n FROM new_rows WHERE review_status = ''PUBLISHED''', columns);
    ELSIF TG_OP = 'DELETE' THEN
        delta := format('SELECT %s, -1 AS n FROM old_rows WHERE review_status = ''PUBLISHED''', columns);
    ELSE
        -- Only rows whose counted columns changed: an edit of a title costs nothing here.
        delta := format($sql$
            WITH changed AS (
                SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (n.review_status, n.event_date, n.event_type_code, n.place_id, n.acled_event_id IS NULL,
                        n.fatalities_best, n.fatalities_low, n.fatalities_high)
                       IS DISTINCT FROM
                       (o.review_status, o.event_date, o.event_type_code, o.place_id, o.acled_event_id IS NULL,
                        o.fatalities_best, o.fatalities_low, o.fatalities_high))
            SELECT %1$s, -1 AS n FROM old_rows WHERE review_status = 'PUBLISHED' AND id IN (SELECT id FROM changed)
            UNION ALL
            SELECT %1$s, 1 AS n FROM new_rows WHERE review_status = 'PUBLISHED' AND id IN (SELECT id FROM changed)
            $sql$, columns);
    END IF;

    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO event_day_summary AS s
               (event_date, event_type_code, acled, events, fatalities_best, fatalities_low, fatalities_high)
        SELECT event_date, event_type_code, acled, sum(n), sum(n * best), sum(n * low), sum(n * high)
          FROM delta
         GROUP BY event_date, event_type_code, acled
        HAVING (sum(n), sum(n * best), sum(n * low), sum(n * high)) <> (0, 0, 0, 0)
         ORDER BY event_date, event_type_code, acled
        ON CONFLICT ON CONSTRAINT event_day_summary_pkey DO UPDATE
           SET events = s.events + excluded.events,
               fatalities_best = s.fatalities_best + excluded.fatalities_best,
               fatalities_low = s.fatalities_low + excluded.fatalities_low,
               fatalities_high = s.fatalities_high + excluded.fatalities_high
        $sql$, delta);

    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO place_summary AS s (place_id, acled, events, fatalities_best)
        SELECT place_id, acled, sum(n), sum(n * best) FROM delta
         GROUP BY place_id, acled HAVING (sum(n), sum(n * best)) <> (0, 0) ORDER BY place_id, acled
        ON CONFLICT ON CONSTRAINT place_summary_pkey DO UPDATE
           SET events = s.events + excluded.events, fatalities_best = s.fatalities_best + excluded.fatalities_best
        $sql$, delta);

    -- An inserted event has no participants yet (event_actor refers to it), and a deleted one's
    -- went with it before this runs (ON DELETE CASCADE): event_summaries_forget_actors() counts
    -- those. So only an update moves the actors' figures here.
    IF TG_OP = 'UPDATE' THEN
        EXECUTE format($sql$
            WITH delta AS (%s)
            INSERT INTO actor_day_summary AS s (event_date, actor_id, acled, events, fatalities_best)
            SELECT d.event_date, ea.actor_id, d.acled, sum(d.n), sum(d.n * d.best)
              FROM delta d JOIN event_actor ea ON ea.event_id = d.id
             GROUP BY d.event_date, ea.actor_id, d.acled
            HAVING (sum(d.n), sum(d.n * d.best)) <> (0, 0)
             ORDER BY d.event_date, ea.actor_id, d.acled
            ON CONFLICT ON CONSTRAINT actor_day_summary_pkey DO UPDATE
               SET events = s.events + excluded.events, fatalities_best = s.fatalities_best + excluded.fatalities_best
            $sql$, delta);
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM actor_day_summary s USING delta d JOIN event_actor ea ON ea.event_id = d.id
             WHERE d.n < 0 AND s.event_date = d.event_date AND s.actor_id = ea.actor_id AND s.acled = d.acled
               AND s.events = 0
            $sql$, delta);
    END IF;

    IF TG_OP <> 'INSERT' THEN
        -- Rows that fell to zero: only keys this statement took something from.
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM event_day_summary s USING delta d
             WHERE d.n < 0 AND s.event_date = d.event_date AND s.event_type_code = d.event_type_code
               AND s.acled = d.acled AND s.events = 0
            $sql$, delta);
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM place_summary s USING delta d
             WHERE d.n < 0 AND s.place_id = d.place_id AND s.acled = d.acled AND s.events = 0
            $sql$, delta);
    END IF;
    RETURN NULL;
END
$$;

-- source_summary: claims by source.
CREATE TABLE source_summary (
    source_id bigint NOT NULL CONSTRAINT source_summary_pkey PRIMARY KEY,
    claims    bigint NOT NULL
);

CREATE FUNCTION source_summary_track() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    delta text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := 'SELECT source_id, 1 AS n FROM new_rows';
    ELSIF TG_OP = 'DELETE' THEN
        delta := 'SELECT source_id, -1 AS n FROM old_rows';
    ELSE
        delta := $sql$
            SELECT o.source_id, -1 AS n FROM old_rows o JOIN new_rows r ON r.id = o.id WHERE o.source_id <> r.source_id
            UNION ALL
            SELECT r.source_id, 1 AS n FROM old_rows o JOIN new_rows r ON r.id = o.id WHERE o.source_id <> r.source_id
            $sql$;
    END IF;

    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO source_summary AS s (source_id, claims)
        SELECT source_id, sum(n) FROM delta GROUP BY source_id HAVING sum(n) <> 0 ORDER BY source_id
        ON CONFLICT ON CONSTRAINT source_summary_pkey DO UPDATE SET claims = s.claims + excluded.claims
        $sql$, delta);
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM source_summary s USING delta d WHERE d.n < 0 AND s.source_id = d.source_id AND s.claims = 0
            $sql$, delta);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER source_summary_insert_trigger AFTER INSERT ON claim
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_summary_track();
CREATE TRIGGER source_summary_update_trigger AFTER UPDATE ON claim
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_summary_track();
CREATE TRIGGER source_summary_delete_trigger AFTER DELETE ON claim
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION source_summary_track();

CREATE FUNCTION source_summary_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    TRUNCATE source_summary;
    RETURN NULL;
END
$$;

CREATE TRIGGER source_summary_truncate_trigger AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION source_summary_truncate();

-- Fills the summary from the record (it must be empty): below, and in faultline_summaries_rebuild().
CREATE FUNCTION source_summary_fill() RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO source_summary (source_id, claims)
SELECT source_id, count(*) FROM claim GROUP BY source_id ORDER BY source_id;
$$;

-- actor_summary: published events by actor, from actor_day_summary. Whatever keeps that summary
-- right (V19's triggers, faultline_summaries_rebuild(), which truncates and refills it) keeps this
-- one right too.
CREATE TABLE actor_summary (
    actor_id bigint NOT NULL,
    acled    boolean NOT NULL,
    events   bigint NOT NULL,
    CONSTRAINT actor_summary_pkey PRIMARY KEY (actor_id, acled)
);

CREATE FUNCTION actor_summary_track() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    delta text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := 'SELECT actor_id, acled, events AS n FROM new_rows';
    ELSIF TG_OP = 'DELETE' THEN
        delta := 'SELECT actor_id, acled, -events AS n FROM old_rows';
    ELSE
        delta := 'SELECT actor_id, acled, -events AS n FROM old_rows UNION ALL SELECT actor_id, acled, events FROM new_rows';
    END IF;

    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO actor_summary AS s (actor_id, acled, events)
        SELECT actor_id, acled, sum(n) FROM delta
         GROUP BY actor_id, acled HAVING sum(n) <> 0 ORDER BY actor_id, acled
        ON CONFLICT ON CONSTRAINT actor_summary_pkey DO UPDATE SET events = s.events + excluded.events
        $sql$, delta);
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM actor_summary s USING delta d
             WHERE d.n < 0 AND s.actor_id = d.actor_id AND s.acled = d.acled AND s.events = 0
            $sql$, delta);
    END IF;
    RETURN NULL;
END
$$;

-- INSERT ... ON CONFLICT DO UPDATE fires both: the inserted rows in the first, the updated ones
-- in the second.
CREATE TRIGGER actor_summary_insert_trigger AFTER INSERT ON actor_day_summary
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_summary_track();
CREATE TRIGGER actor_summary_update_trigger AFTER UPDATE ON actor_day_summary
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_summary_track();
CREATE TRIGGER actor_summary_delete_trigger AFTER DELETE ON actor_day_summary
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_summary_track();

CREATE FUNCTION actor_summary_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    TRUNCATE actor_summary;
    RETURN NULL;
END
$$;

CREATE TRIGGER actor_summary_truncate_trigger AFTER TRUNCATE ON actor_day_summary
    FOR EACH STATEMENT EXECUTE FUNCTION actor_summary_truncate();

INSERT INTO actor_summary (actor_id, acled, events)
SELECT actor_id, acled, sum(events) FROM actor_day_summary GROUP BY actor_id, acled ORDER BY actor_id, acled;

-- As V33's, with place_summary's fatalities and source_summary (actor_summary follows
-- actor_day_summary's truncation and refill by itself).
CREATE OR REPLACE FUNCTION faultline_summaries_rebuild() RETURNS void
    LANGUAGE sql AS
$$
TRUNCATE event_day_summary, actor_day_summary, place_summary, actor_participation_summary, place_month_summary,
         source_summary;
INSERT INTO event_day_summary (event_date, event_type_code, acled, events, fatalities_best, fatalities_low,
                               fatalities_high)
SELECT event_date, event_type_code, acled_event_id IS NOT NULL, count(*), coalesce(sum(fatalities_best), 0),
       coalesce(sum(coalesce(fatalities_low, fatalities_best)), 0),
       coalesce(sum(coalesce(fatalities_high, fatalities_best)), 0)
  FROM event WHERE review_status = 'PUBLISHED'
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3;
INSERT INTO actor_day_summary (event_date, actor_id, acled, events, fatalities_best)
SELECT e.event_date, ea.actor_id, e.acled_event_id IS NOT NULL, count(*), coalesce(sum(e.fatalities_best), 0)
  FROM event e JOIN event_actor ea ON ea.event_id = e.id
 WHERE e.review_status = 'PUBLISHED'
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3;
INSERT INTO place_summary (place_id, acled, events, fatalities_best)
SELECT place_id, acled_event_id IS NOT NULL, count(*), coalesce(sum(fatalities_best), 0)
  FROM event WHERE review_status = 'PUBLISHED'
 GROUP BY 1, 2 ORDER BY 1, 2;
INSERT INTO actor_participation_summary (actor_id, events)
SELECT actor_id, count(*) FROM event_actor GROUP BY actor_id ORDER BY actor_id;
SELECT place_month_summary_fill();
SELECT source_summary_fill();
$$;

SELECT source_summary_fill();
