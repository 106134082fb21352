-- updated_at says when a place or an actor last changed, whoever changed it (a form, an import
-- or plain SQL): the database sets it, not the application's clock.
CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER place_touch_updated_at BEFORE UPDATE ON place
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER actor_touch_updated_at BEFORE UPDATE ON actor
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
