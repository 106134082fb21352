-- An actor's page counts its published events from actor_day_summary (V19) instead of counting
-- its participations among the events: tens of thousands of rows for a busy actor at 2,000,000
-- events. The summary's key leads with the day; this reads one actor's days.
CREATE INDEX actor_day_summary_actor_idx ON actor_day_summary (actor_id, event_date);
