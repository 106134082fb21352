-- The map of events over long windows (issue 6: a year of the 2M-event benchmark counted 77,000
-- events by point per request, 6 requests/s). Most events sit on their place's point (no location
-- of their own), so whole months of them are read per place from this summary, and only the
-- partial months at the window's ends and the events with points of their own from the events.
--
-- Published events without a location of their own, per month, place and origin, with the first
-- and last day that has one (the map's cells say both). Counts are kept by deltas as V19's are.
-- A first or last day cannot be taken back by a delta: when a statement takes events out of a
-- month (delete, unpublish, move), that month's days are read again from the events, in a
-- statement after the one that updated (and so row-locked) the summary row: under READ
-- COMMITTED it then sees every writer of the month that committed before it, and writers after it
-- wait for its row lock and apply their deltas on top.
CREATE TABLE place_month_summary (
    month      date NOT NULL,
    place_id   bigint NOT NULL,
    acled      boolean NOT NULL,
    events     bigint NOT NULL,
    first_date date NOT NULL,
    last_date  date NOT NULL,
    CONSTRAINT place_month_summary_pkey PRIMARY KEY (month, place_id, acled)
);

-- The events with a point of their own, by date: the few the map reads one by one in whole months,
-- from the index alone. PostgreSQL keeps no null fraction for a geometry column, so it takes
-- "location IS NOT NULL" for nearly every event: only an index that answers the whole read is
-- cheaper in its eyes than walking the year's dates in event_date_covering_idx (29 ms for none).
CREATE INDEX event_located_date_idx ON event (event_date)
    INCLUDE (id, place_id, review_status, acled_event_id, location) WHERE location IS NOT NULL;

CREATE FUNCTION place_month_summary_track() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    columns CONSTANT text := 'place_id, CAST(date_trunc(''month'', event_date) AS date) AS month, event_date, '
        || 'acled_event_id IS NOT NULL AS acled';
    counted CONSTANT text := 'review_status = ''PUBLISHED'' AND location IS NULL';
    delta text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        delta := format('SELECT %s, 1 AS n FROM new_rows WHERE %s', columns, counted);
    ELSIF TG_OP = 'DELETE' THEN
        delta := format('SELECT %s, -1 AS n FROM old_rows WHERE %s', columns, counted);
    ELSE
        delta := format($sql$
            WITH changed AS (
                SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (n.review_status, n.event_date, n.place_id, n.acled_event_id IS NULL, n.location IS NULL)
                       IS DISTINCT FROM
                       (o.review_status, o.event_date, o.place_id, o.acled_event_id IS NULL, o.location IS NULL))
            SELECT %1$s, -1 AS n FROM old_rows WHERE %2$s AND id IN (SELECT id FROM changed)
            UNION ALL
            SELECT %1$s, 1 AS n FROM new_rows WHERE %2$s AND id IN (SELECT id FROM changed)
            $sql$, columns, counted);
    END IF;

    -- A month that only lost events keeps its days here; they are read again below.
    EXECUTE format($sql$
        WITH delta AS (%s)
        INSERT INTO place_month_summary AS s (month, place_id, acled, events, first_date, last_date)
        SELECT month, place_id, acled, sum(n),
               coalesce(min(event_date) FILTER (WHERE n > 0), min(event_date)),
               coalesce(max(event_date) FILTER (WHERE n > 0), max(event_date))
          FROM delta
         GROUP BY month, place_id, acled
         ORDER BY month, place_id, acled
        ON CONFLICT ON CONSTRAINT place_month_summary_pkey DO UPDATE
           SET events = s.events + excluded.events,
               first_date = least(s.first_date, excluded.first_date),
               last_date = greatest(s.last_date, excluded.last_date)
        $sql$, delta);

    IF TG_OP <> 'INSERT' THEN
        EXECUTE format($sql$
            WITH delta AS (%s)
            DELETE FROM place_month_summary s USING delta d
             WHERE d.n < 0 AND s.month = d.month AND s.place_id = d.place_id AND s.acled = d.acled
               AND s.events = 0
            $sql$, delta);
        EXECUTE format($sql$
            WITH delta AS (%s)
            UPDATE place_month_summary s SET first_date = days.first, last_date = days.last
              FROM (SELECT DISTINCT month, place_id, acled FROM delta WHERE n < 0) k
             CROSS JOIN LATERAL (
                 SELECT min(e.event_date) AS first, max(e.event_date) AS last
                   FROM event e
                  WHERE e.place_id = k.place_id
                    AND e.event_date >= k.month AND e.event_date < CAST(k.month + interval '1 month' AS date)
                    AND e.review_status = 'PUBLISHED' AND e.location IS NULL
                    AND (e.acled_event_id IS NOT NULL) = k.acled) days
             WHERE s.month = k.month AND s.place_id = k.place_id AND s.acled = k.acled
            $sql$, delta);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER place_month_summary_insert_trigger AFTER INSERT ON event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_month_summary_track();
CREATE TRIGGER place_month_summary_update_trigger AFTER UPDATE ON event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION place_month_summary_track();
CREATE TRIGGER place_month_summary_delete_trigger AFTER DELETE ON event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION place_month_summary_track();

CREATE OR REPLACE FUNCTION summaries_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_TABLE_NAME = 'event' THEN
        TRUNCATE event_day_summary, place_summary, actor_day_summary, place_month_summary;
    ELSE
        TRUNCATE actor_day_summary, actor_participation_summary;
    END IF;
    RETURN NULL;
END
$$;

-- Fills the summary from the record (it must be empty): here, and in faultline_summaries_rebuild().
CREATE FUNCTION place_month_summary_fill() RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO place_month_summary (month, place_id, acled, events, first_date, last_date)
SELECT CAST(date_trunc('month', event_date) AS date), place_id, acled_event_id IS NOT NULL, count(*),
       min(event_date), max(event_date)
  FROM event WHERE review_status = 'PUBLISHED' AND location IS NULL
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3;
$$;

-- As V19's, and this summary too.
CREATE OR REPLACE FUNCTION faultline_summaries_rebuild() RETURNS void
    LANGUAGE sql AS
$$
TRUNCATE event_day_summary, actor_day_summary, place_summary, actor_participation_summary, place_month_summary;
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
SELECT place_month_summary_fill();
$$;

SELECT place_month_summary_fill();
