-- An actor's events in date order, without reading the events: each participation carries its
-- event's date, whether the event is published and whether it came from ACLED, and
-- event_actor_actor_date_idx lists an actor's participations newest first with both flags. The
-- timeline of an actor or coalition (an actor, its members while they were members, its
-- predecessors) then merges its members' lists, each read only as far as the page needs, instead
-- of collecting every event of every member and sorting them (a busy coalition has 100,000 or
-- more at 2,000,000 events); filtered by nothing else, it is counted from the index alone.
--
-- The three columns are the event's: a trigger sets them when a participation is written or
-- moved to another event, and another follows an event whose date, review status or ACLED id
-- changes.
ALTER TABLE event_actor ADD COLUMN event_date date, ADD COLUMN published boolean, ADD COLUMN acled boolean;

UPDATE event_actor ea
   SET event_date = e.event_date, published = (e.review_status = 'PUBLISHED'), acled = (e.acled_event_id IS NOT NULL)
  FROM event e
 WHERE e.id = ea.event_id;

ALTER TABLE event_actor
    ALTER COLUMN event_date SET NOT NULL,
    ALTER COLUMN published SET NOT NULL,
    ALTER COLUMN acled SET NOT NULL;

CREATE INDEX event_actor_actor_date_idx ON event_actor (actor_id, event_date DESC, event_id DESC)
    INCLUDE (published, acled);

-- Whatever the writer sets (the application never sets them), the participation takes its
-- event's.
CREATE FUNCTION event_actor_event_set() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    SELECT e.event_date, e.review_status = 'PUBLISHED', e.acled_event_id IS NOT NULL
      INTO NEW.event_date, NEW.published, NEW.acled
      FROM event e WHERE e.id = NEW.event_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER event_actor_event_set_trigger
    BEFORE INSERT OR UPDATE OF event_id, event_date, published, acled ON event_actor
    FOR EACH ROW EXECUTE FUNCTION event_actor_event_set();

-- One statement for all the events a statement changed (transition tables cannot go with a
-- column list, so this runs after every update of events and finds nothing to do in most).
CREATE FUNCTION event_actor_event_follow() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_actor ea
       SET event_date = n.event_date, published = (n.review_status = 'PUBLISHED'),
           acled = (n.acled_event_id IS NOT NULL)
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE ea.event_id = n.id
       AND (n.event_date, n.review_status = 'PUBLISHED', n.acled_event_id IS NOT NULL)
           IS DISTINCT FROM (o.event_date, o.review_status = 'PUBLISHED', o.acled_event_id IS NOT NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_actor_event_follow_trigger AFTER UPDATE ON event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION event_actor_event_follow();

ANALYZE event_actor;
