-- Reading a large file is the short part of an import; writing the record takes most of the
-- time. A running job says which step of writing it has reached, and since when, so that its
-- page shows it is still moving.
ALTER TABLE import_job ADD COLUMN step text CONSTRAINT import_job_step_check CHECK (
    step IN ('SORTING', 'PLACES', 'ACTORS', 'EVENTS', 'PARTICIPANTS', 'CLAIMS'));
ALTER TABLE import_job ADD COLUMN step_started_at timestamptz;
