-- History of the record: every insert, update and delete of an audited table, with the whole
-- row before and after (jsonb), who made it and why. Written by triggers, so it holds for every
-- write, whether it comes through JPA, plain SQL or an import. The application names the user
-- and the reason per connection (set_config 'faultline.user' / 'faultline.reason').
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_log_pkey PRIMARY KEY,
    table_name text NOT NULL,
    row_id     bigint NOT NULL,
    action     text NOT NULL CONSTRAINT audit_log_action_check CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    reason     text,
    old_row    jsonb,
    new_row    jsonb
);
CREATE INDEX audit_log_row_idx ON audit_log (table_name, row_id, id);
CREATE INDEX audit_log_changed_at_idx ON audit_log (changed_at DESC);

CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who    text := coalesce(nullif(current_setting('faultline.user', true), ''), session_user);
    why    text := nullif(current_setting('faultline.reason', true), '');
    before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    after  jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
    -- An update that changes nothing but the version or timestamps is not history.
    IF TG_OP = 'UPDATE' AND (before - 'version' - 'updated_at') = (after - 'version' - 'updated_at') THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (table_name, row_id, action, changed_by, reason, old_row, new_row)
    VALUES (TG_TABLE_NAME, coalesce(after ->> 'id', before ->> 'id')::bigint, TG_OP, who, why, before, after);
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_audit AFTER INSERT OR UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER claim_audit AFTER INSERT OR UPDATE OR DELETE ON claim FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER place_audit AFTER INSERT OR UPDATE OR DELETE ON place FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER actor_audit AFTER INSERT OR UPDATE OR DELETE ON actor FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER source_audit AFTER INSERT OR UPDATE OR DELETE ON source FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER control_period_audit AFTER INSERT OR UPDATE OR DELETE ON control_period
    FOR EACH ROW EXECUTE FUNCTION audit_row();
