-- Two reports of one event become one: the merged-away event points at its survivor (and is
-- archived), so links to it still lead somewhere.
ALTER TABLE event ADD COLUMN merged_into_id bigint
    CONSTRAINT event_merged_into_fkey REFERENCES event (id),
    ADD CONSTRAINT event_not_merged_into_self_check CHECK (merged_into_id IS NULL OR merged_into_id <> id);
CREATE INDEX event_merged_into_idx ON event (merged_into_id);
