-- The timeline chart of an actor or coalition (the actor page's, and the timeline's with an actor
-- filtered by dates alone) from the participations only. The chart reads the newest 5,000 of the
-- selected events with each one's fatalities and whether it is a strategic development (drawn as
-- an annotation, not a mark). Reading those from the events cost one heap page per event, 8,800
-- pages and about 480 ms from disk for a coalition at 2,000,000 events (BENCHMARKS.md, tenth run).
-- Each participation now also carries its event's best fatality estimate and whether it is a
-- strategic development, in the actor's index, as V30 made it carry the date and the flags.
--
-- As with V30's columns, the application never sets them: the triggers below keep them as the
-- event's.
DROP INDEX event_actor_actor_date_idx;

ALTER TABLE event_actor ADD COLUMN fatalities_best integer, ADD COLUMN strategic boolean;

-- Filling them changes no actor, date or review status: V19's summaries and the record's version
-- (V26) have nothing to follow, and their statement triggers would read every row twice over.
ALTER TABLE event_actor DISABLE TRIGGER event_actor_summaries_update_trigger,
    DISABLE TRIGGER event_actor_record_version;

UPDATE event_actor ea
   SET fatalities_best = e.fatalities_best, strategic = (e.event_type_code = 'STRATEGIC_DEVELOPMENTS')
  FROM event e
 WHERE e.id = ea.event_id;

ALTER TABLE event_actor ENABLE TRIGGER event_actor_summaries_update_trigger,
    ENABLE TRIGGER event_actor_record_version;

ALTER TABLE event_actor ALTER COLUMN strategic SET NOT NULL;

CREATE INDEX event_actor_actor_date_idx ON event_actor (actor_id, event_date DESC, event_id DESC)
    INCLUDE (published, acled, fatalities_best, strategic);

CREATE OR REPLACE FUNCTION event_actor_event_set() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    SELECT e.event_date, e.review_status = 'PUBLISHED', e.acled_event_id IS NOT NULL, e.fatalities_best,
           e.event_type_code = 'STRATEGIC_DEVELOPMENTS'
      INTO NEW.event_date, NEW.published, NEW.acled, NEW.fatalities_best, NEW.strategic
      FROM event e WHERE e.id = NEW.event_id;
    RETURN NEW;
END
$$;

DROP TRIGGER event_actor_event_set_trigger ON event_actor;

CREATE TRIGGER event_actor_event_set_trigger
    BEFORE INSERT OR UPDATE OF event_id, event_date, published, acled, fatalities_best, strategic ON event_actor
    FOR EACH ROW EXECUTE FUNCTION event_actor_event_set();

CREATE OR REPLACE FUNCTION event_actor_event_follow() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_actor ea
       SET event_date = n.event_date, published = (n.review_status = 'PUBLISHED'),
           acled = (n.acled_event_id IS NOT NULL), fatalities_best = n.fatalities_best,
           strategic = (n.event_type_code = 'STRATEGIC_DEVELOPMENTS')
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE ea.event_id = n.id
       AND (n.event_date, n.review_status = 'PUBLISHED', n.acled_event_id IS NOT NULL, n.fatalities_best,
            n.event_type_code = 'STRATEGIC_DEVELOPMENTS')
           IS DISTINCT FROM (o.event_date, o.review_status = 'PUBLISHED', o.acled_event_id IS NOT NULL,
                             o.fatalities_best, o.event_type_code = 'STRATEGIC_DEVELOPMENTS');
    RETURN NULL;
END
$$;

ANALYZE event_actor;
