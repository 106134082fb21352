-- The map of events over long windows reads its whole months from place_month_summary (V33): about
-- 30,000 rows for a year of the 2M-event benchmark. With their counts and days in the primary key,
-- it reads them from the index alone instead of visiting the table for each (2.4 ms of the year's
-- 23 ms statement: BENCHMARKS.md, twenty-fifth run). The key keeps its name, which V33's trigger
-- function names in its ON CONFLICT.
ALTER TABLE place_month_summary
    DROP CONSTRAINT place_month_summary_pkey,
    ADD CONSTRAINT place_month_summary_pkey PRIMARY KEY (month, place_id, acled) INCLUDE (events, first_date, last_date);
