-- What imports (ACLED, UCDP) leave on the record so that an editor can follow up and a
-- re-import knows what it already wrote.

-- An actor an import created from a name no alias knew: an editor checks it (confirms it, or
-- adds the name as an alias of an existing actor and merges). Saving the actor form clears it.
ALTER TABLE actor ADD COLUMN needs_review boolean NOT NULL DEFAULT false;
CREATE INDEX actor_needs_review_idx ON actor (id) WHERE needs_review;

-- ACLED's own "timestamp" of the row last imported (Unix seconds): a re-import changes the
-- event only when the file's row is newer.
ALTER TABLE event ADD COLUMN acled_timestamp bigint;

-- UCDP GED rows carry no change time: a digest of the fields imported says whether a row
-- read again differs from the one imported before.
ALTER TABLE event ADD COLUMN ucdp_fingerprint text;
