-- A number that moves on with every statement that changes what the timeline's counts and
-- charts are drawn from, so that an application instance can keep them until it does
-- (timeline.TimelineCache). A sequence, not a counter row: nextval never waits for another
-- transaction, and a rolled-back write only costs a needless recount.
CREATE SEQUENCE record_version_seq;

CREATE FUNCTION faultline_record_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('record_version_seq');
    RETURN NULL;
END
$$;

-- <table>_record_version on each table the counts and charts read.
DO $$
DECLARE
    record_table text;
BEGIN
    FOREACH record_table IN ARRAY ARRAY['event', 'event_actor', 'claim', 'actor', 'actor_relation', 'place',
                                        'place_alias', 'region', 'control_period', 'app_setting'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION faultline_record_changed()',
                       record_table || '_record_version', record_table);
    END LOOP;
END
$$;
