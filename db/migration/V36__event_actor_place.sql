-- A place's timeline chart draws each event in the lanes of its actors. With V35 the events of the
-- window come from the index alone, but each event's actors were still looked up by event id in
-- the participations' unique index, one random leaf page per event (a place's events are
-- scattered through the record): 155 leaves for the 152 events with actors of a place of 216.
-- Each participation now also carries its event's place, and event_actor_place_idx lists a place's
-- participations together, so the window's actors are read from a few of its pages.
--
-- As with V30's and V34's columns, the application never sets it: the triggers below keep it as
-- the event's.
ALTER TABLE event_actor ADD COLUMN place_id bigint;

-- Filling it changes no actor, date or review status: V19's summaries and the record's version
-- (V26) have nothing to follow, and their statement triggers would read every row twice over.
ALTER TABLE event_actor DISABLE TRIGGER event_actor_summaries_update_trigger,
    DISABLE TRIGGER event_actor_record_version;

UPDATE event_actor ea SET place_id = e.place_id FROM event e WHERE e.id = ea.event_id;

ALTER TABLE event_actor ENABLE TRIGGER event_actor_summaries_update_trigger,
    ENABLE TRIGGER event_actor_record_version;

ALTER TABLE event_actor ALTER COLUMN place_id SET NOT NULL;

CREATE INDEX event_actor_place_idx ON event_actor (place_id, event_id) INCLUDE (actor_id);

CREATE OR REPLACE FUNCTION event_actor_event_set() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    SELECT e.event_date, e.review_status = 'PUBLISHED', e.acled_event_id IS NOT NULL, e.fatalities_best,
           e.event_type_code = 'STRATEGIC_DEVELOPMENTS', e.place_id
      INTO NEW.event_date, NEW.published, NEW.acled, NEW.fatalities_best, NEW.strategic, NEW.place_id
      FROM event e WHERE e.id = NEW.event_id;
    RETURN NEW;
END
$$;

DROP TRIGGER event_actor_event_set_trigger ON event_actor;

CREATE TRIGGER event_actor_event_set_trigger
    BEFORE INSERT OR UPDATE OF event_id, event_date, published, acled, fatalities_best, strategic, place_id
    ON event_actor
    FOR EACH ROW EXECUTE FUNCTION event_actor_event_set();

CREATE OR REPLACE FUNCTION event_actor_event_follow() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_actor ea
       SET event_date = n.event_date, published = (n.review_status = 'PUBLISHED'),
           acled = (n.acled_event_id IS NOT NULL), fatalities_best = n.fatalities_best,
           strategic = (n.event_type_code = 'STRATEGIC_DEVELOPMENTS'), place_id = n.place_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE ea.event_id = n.id
       AND (n.event_date, n.review_status = 'PUBLISHED', n.acled_event_id IS NOT NULL, n.fatalities_best,
            n.event_type_code = 'STRATEGIC_DEVELOPMENTS', n.place_id)
           IS DISTINCT FROM (o.event_date, o.review_status = 'PUBLISHED', o.acled_event_id IS NOT NULL,
                             o.fatalities_best, o.event_type_code = 'STRATEGIC_DEVELOPMENTS', o.place_id);
    RETURN NULL;
END
$$;

ANALYZE event_actor;
