-- V26's trigger also marks its transaction as one that changed the record, in a setting local
-- to the transaction. The application reads the mark just before it commits and, once the
-- commit is visible, moves record_version_seq on once more (system.RecordVersions): a request
-- that read the version between the statement and the commit, and kept what it computed without
-- the change, then holds an old version, so its entry is not used again.
CREATE OR REPLACE FUNCTION faultline_record_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('record_version_seq');
    PERFORM set_config('faultline.record_changed', 'on', true);
    RETURN NULL;
END
$$;
