-- Summaries of the published record, kept current by triggers, so that the dashboard and the
-- timeline's choices read a few hundred rows instead of aggregating every event per request
-- (issue 6: at 2,000,000 events each such aggregate took 0.2-2 s).
--
-- The triggers are statement-level with transition tables: a bulk import that inserts 200,000
-- events in one INSERT ... SELECT pays one aggregate and one INSERT ... ON CONFLICT per summary,
-- not a trigger call per row. Keys are upserted in key order so that two writers lock summary rows
-- in the same order and cannot deadlock on them.
--
-- ACLED's events are kept apart (acled = true) because anonymous readers may only see them when
-- shared (V16): readers add (NOT acled OR faultline_acled_shown()).
--
-- The summaries are derived data: they carry no foreign keys (an actor or place can go as soon as
-- nothing refers to it; a summary row falls to zero and is deleted in the same statement).
-- Whatever writes with triggers off (session_replication_role = replica, as bench/generate.sql)
-- must call faultline_summaries_rebuild() afterwards.

-- Published events and fatalities per day, event type and origin: the dashboard's figures, monthly
-- chart and the record's span. Fatality sums as the dashboard shows them: an event without a low
-- or high estimate counts its best there.
CREATE TABLE event_day_summary (
    event_date      date NOT NULL,
    event_type_code text NOT NULL,
    acled           boolean NOT NULL,
    events          bigint NOT NULL,
    fatalities_best bigint NOT NULL,
    fatalities_low  bigint NOT NULL,
    fatalities_high bigint NOT NULL,
    CONSTRAINT event_day_summary_pkey PRIMARY KEY (event_date, event_type_code, acled)
);

-- Published events per day and actor ("most active actors"): event_actor is unique per (event,
-- actor), so a row of event_actor is one distinct event of the actor.
CREATE TABLE actor_day_summary (
    event_date      date NOT NULL,
    actor_id        bigint NOT NULL,
    acled           boolean NOT NULL,
    events          bigint NOT NULL,
    fatalities_best bigint NOT NULL,
    CONSTRAINT actor_day_summary_pkey PRIMARY KEY (event_date, actor_id, acled)
);

-- Published events per place: the timeline ranks the places its filter offers by this.
CREATE TABLE place_summary (
    place_id bigint NOT NULL,
    acled    boolean NOT NULL,
    events   bigint NOT NULL,
    CONSTRAINT place_summary_pkey PRIMARY KEY (place_id, acled)
);

-- Participations per actor in events of any status: the timeline ranks the actors its filter
-- offers by this.
CREATE TABLE actor_participation_summary (
    actor_id bigint NOT NULL CONSTRAINT actor_participation_summary_pkey PRIMARY KEY,
    events   bigint NOT NULL
);

-- Events: the SQL of each statement's change, as rows with n = +1 (now counted) or -1 (no
-- longer counted). Dynamic SQL because the transition tables a statement sees depend on TG_OP.
CREATE FUNCTION event_summaries_track() RETURNS trigger
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
        INSERT INTO place_summary AS s (place_id, acled, events)
        SELECT place_id, acled, sum(n) FROM delta
         GROUP BY place_id, acled HAVING sum(n) <> 0 ORDER BY place_id, acled
        ON CONFLICT ON CONSTRAINT place_summary_pkey DO UPDATE SET events = s.events + excluded.events
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

-- A deleted event's participants are gone by the time a statement trigger on event runs (the
-- cascade is a row trigger, fired first), and event_actor's trigger no longer finds the event: so
-- the actors' figures for a deleted event are taken back before the row goes. Events are rarely
-- deleted (an editor's delete; imports never delete), so one call per row is acceptable here.
CREATE FUNCTION event_summaries_forget_actors() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.review_status = 'PUBLISHED' THEN
        UPDATE actor_day_summary s
           SET events = s.events - 1, fatalities_best = s.fatalities_best - coalesce(OLD.fatalities_best, 0)
          FROM event_actor ea
         WHERE ea.event_id = OLD.id AND s.actor_id = ea.actor_id
           AND s.event_date = OLD.event_date AND s.acled = (OLD.acled_event_id IS NOT NULL);
        DELETE FROM actor_day_summary
         WHERE event_date = OLD.event_date AND acled = (OLD.acled_event_id IS NOT NULL) AND events = 0;
    END IF;
    RETURN OLD;
END
$$;

-- Participants: counted for the actor on the day of their event while it is published; every
-- participation counts towards actor_participation_summary, whatever the event's status.
CREATE FUNCTION event_actor_summaries_track() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    delta text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := 'SELECT event_id, actor_id, 1 AS n FROM new_rows';
    ELSIF TG_OP = 'DELETE' THEN
        delta := 'SELECT event_id, actor_id, -1 AS n FROM old_rows';
    ELSE
        delta := $sql$
            SELECT o.event_id, o.actor_id, -1 AS n FROM old_rows o JOIN new_rows r ON r.id = o.id
             WHERE (o.event_id, o.actor_id) IS DISTINCT FROM (r.event_id, r.actor_id)
            UNION ALL
            SELECT r.event_id, r.actor_id, 1 AS n FROM old_rows o JOIN new_rows r ON r.id = o.id
             WHERE (o.event_id, o.actor_id) IS DISTINCT FROM (r.event_id, r.actor_id)
            $sql$;
    END IF;

    -- The event as it is now; a row whose event was just deleted finds none (see
    -- event_summaries_forget_actors).
    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO actor_day_summary AS s (event_date, actor_id, acled, events, fatalities_best)
        SELECT e.event_date, d.actor_id, e.acled_event_id IS NOT NULL, sum(d.n),
               sum(d.n * coalesce(e.fatalities_best, 0))
          FROM delta d JOIN event e ON e.id = d.event_id
         WHERE e.review_status = 'PUBLISHED'
         GROUP BY e.event_date, d.actor_id, e.acled_event_id IS NOT NULL
        HAVING (sum(d.n), sum(d.n * coalesce(e.fatalities_best, 0))) <> (0, 0)
         ORDER BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT actor_day_summary_pkey DO UPDATE
           SET events = s.events + excluded.events, fatalities_best = s.fatalities_best + excluded.fatalities_best
        $sql$, delta);

    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO actor_participation_summary AS s (actor_id, events)
        SELECT actor_id, sum(n) FROM delta GROUP BY actor_id HAVING sum(n) <> 0 ORDER BY actor_id
        ON CONFLICT ON CONSTRAINT actor_participation_summary_pkey DO UPDATE SET events = s.events + excluded.events
        $sql$, delta);

    IF TG_OP <> 'INSERT' THEN
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM actor_day_summary s USING delta d JOIN event e ON e.id = d.event_id
             WHERE d.n < 0 AND s.actor_id = d.actor_id AND s.event_date = e.event_date AND s.events = 0
            $sql$, delta);
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM actor_participation_summary s USING delta d
             WHERE d.n < 0 AND s.actor_id = d.actor_id AND s.events = 0
            $sql$, delta);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_summaries_insert_trigger AFTER INSERT ON event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_track();
CREATE TRIGGER event_summaries_update_trigger AFTER UPDATE ON event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_track();
CREATE TRIGGER event_summaries_delete_trigger AFTER DELETE ON event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_track();
CREATE TRIGGER event_summaries_forget_actors_trigger BEFORE DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION event_summaries_forget_actors();

CREATE TRIGGER event_actor_summaries_insert_trigger AFTER INSERT ON event_actor
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_actor_summaries_track();
CREATE TRIGGER event_actor_summaries_update_trigger AFTER UPDATE ON event_actor
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION event_actor_summaries_track();
CREATE TRIGGER event_actor_summaries_delete_trigger AFTER DELETE ON event_actor
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_actor_summaries_track();

-- TRUNCATE (tests, bulk reloads) empties what the truncated table fed.
CREATE FUNCTION summaries_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_TABLE_NAME = 'event' THEN
        TRUNCATE event_day_summary, place_summary, actor_day_summary;
    ELSE
        TRUNCATE actor_day_summary, actor_participation_summary;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_summaries_truncate_trigger AFTER TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION summaries_truncate();
CREATE TRIGGER event_actor_summaries_truncate_trigger AFTER TRUNCATE ON event_actor
    FOR EACH STATEMENT EXECUTE FUNCTION summaries_truncate();

-- Recomputes every summary from the record: fills them here, and after a bulk load with triggers
-- off. Rows are written in key order (by date first): a period's rows then sit on a few pages,
-- which made "most active actors" over 90 days at 2M events 4 ms instead of 128 ms (one heap page
-- per row otherwise). Rows added later by the triggers are mostly recent days, appended at the end.
CREATE FUNCTION faultline_summaries_rebuild() RETURNS void
    LANGUAGE sql AS
$$
TRUNCATE event_day_summary, actor_day_summary, place_summary, actor_participation_summary;
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
INSERT INTO place_summary (place_id, acled, events)
SELECT place_id, acled_event_id IS NOT NULL, count(*) FROM event WHERE review_status = 'PUBLISHED'
 GROUP BY 1, 2 ORDER BY 1, 2;
INSERT INTO actor_participation_summary (actor_id, events)
SELECT actor_id, count(*) FROM event_actor GROUP BY actor_id ORDER BY actor_id;
$$;

SELECT faultline_summaries_rebuild();
