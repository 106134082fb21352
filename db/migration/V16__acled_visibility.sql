-- ACLED's terms forbid redistributing its data: events imported from ACLED are left out of what
-- anonymous readers see unless an administrator shared them (app_setting 'acled.public').
-- The application marks each connection it hands to an anonymous web request with
-- faultline.reader = 'anonymous' (AuditingDataSource); work without a reader (imports,
-- scheduled jobs, signed-in users) sees everything. Readers' queries add:
--     (e.acled_event_id IS NULL OR faultline_acled_shown())
CREATE FUNCTION faultline_acled_shown() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT coalesce(current_setting('faultline.reader', true), '') <> 'anonymous'
       OR coalesce((SELECT value = 'true' FROM app_setting WHERE name = 'acled.public'), false)
$$;
