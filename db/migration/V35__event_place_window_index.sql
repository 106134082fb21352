-- A place's timeline chart reads the place's newest 5,000 published events, each with its date,
-- type, best fatality estimate and title. The events of a place lie scattered through a table kept
-- in date order, so V25's index found them but each one cost a page of the table (216 pages for a
-- place of 216 events; the benchmark's random places average 344 events), read from the kernel's
-- cache on every request whose chart was not kept (most, on an archive of 5,000 places). With those columns in the index, the chart's window
-- is read from a few of its pages (index-only, once VACUUM has marked the pages all-visible), and
-- the timeline's page of a place uses the same index. The window query alone through pgbench at 32
-- clients on 2,000,000 events: 129 tps with V25's index, 609 with this one (BENCHMARKS.md,
-- fifteenth run).
CREATE INDEX event_place_window_idx ON event (place_id, event_date DESC, id DESC)
    INCLUDE (review_status, acled_event_id, event_type_code, sub_event_type_code, fatalities_best, title);
DROP INDEX event_place_order_idx;
