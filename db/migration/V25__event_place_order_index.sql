-- The events of a place in the timeline's order (newest first, then id, the keyset of its
-- pages): with the id in the index, a page of a place is read straight from it, where the
-- index on (place_id, event_date DESC) left an incremental sort on id for every request.
CREATE INDEX event_place_order_idx ON event (place_id, event_date DESC, id DESC);
DROP INDEX event_place_idx;
