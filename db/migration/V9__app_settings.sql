-- Settings an administrator changes at run time (as opposed to configuration read at start),
-- such as whether ACLED-derived events may be shown to readers who are not signed in.
CREATE TABLE app_setting (
    name       text NOT NULL CONSTRAINT app_setting_pkey PRIMARY KEY,
    value      text NOT NULL,
    updated_by text NOT NULL DEFAULT 'system',
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_setting (name, value) VALUES ('acled.public', 'false');
