-- History pages gather a record's dependants from the audit log: an event's claims, a place's
-- control periods. These partial expression indexes find them without reading the whole log.
CREATE INDEX audit_log_claim_event_idx ON audit_log (((coalesce(new_row, old_row) ->> 'event_id')::bigint), id)
    WHERE table_name = 'claim';
CREATE INDEX audit_log_control_period_place_idx
    ON audit_log (((coalesce(new_row, old_row) ->> 'place_id')::bigint), id)
    WHERE table_name = 'control_period';
