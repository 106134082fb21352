-- An experiment for the benchmark, not a migration: the V6 audit triggers rewritten as
-- statement-level triggers with transition tables. They write the same audit_log rows (one per
-- row inserted, updated or deleted, the same "nothing but version/updated_at changed is not
-- history" rule), in one INSERT ... SELECT per statement instead of one trigger call per row.
-- bench/acled-import.sh applies it when BENCH_SQL=bench/statement-level-audit.sql.
CREATE FUNCTION audit_inserted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, row_id, action, changed_by, reason, old_row, new_row)
    SELECT TG_TABLE_NAME, (to_jsonb(n) ->> 'id')::bigint, 'INSERT',
           coalesce(nullif(current_setting('faultline.user', true), ''), session_user),
           nullif(current_setting('faultline.reason', true), ''), NULL, to_jsonb(n)
      FROM new_rows n;
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit_updated_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, row_id, action, changed_by, reason, old_row, new_row)
    SELECT TG_TABLE_NAME, (b.j ->> 'id')::bigint, 'UPDATE',
           coalesce(nullif(current_setting('faultline.user', true), ''), session_user),
           nullif(current_setting('faultline.reason', true), ''), b.j, a.j
      FROM (SELECT to_jsonb(o) AS j FROM old_rows o) b
      JOIN (SELECT to_jsonb(n) AS j FROM new_rows n) a ON a.j -> 'id' = b.j -> 'id'
     WHERE (b.j - 'version' - 'updated_at') <> (a.j - 'version' - 'updated_at');
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit_deleted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, row_id, action, changed_by, reason, old_row, new_row)
    SELECT TG_TABLE_NAME, (to_jsonb(o) ->> 'id')::bigint, 'DELETE',
           coalesce(nullif(current_setting('faultline.user', true), ''), session_user),
           nullif(current_setting('faultline.reason', true), ''), to_jsonb(o), NULL
      FROM old_rows o;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['event', 'claim', 'place', 'actor', 'source', 'control_period'] LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_audit', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_inserted_rows()', t || '_audit_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_updated_rows()', t || '_audit_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_deleted_rows()', t || '_audit_delete', t);
    END LOOP;
END;
$$;
