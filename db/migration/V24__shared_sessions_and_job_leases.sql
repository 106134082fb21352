-- Several application instances behind one load balancer share everything through PostgreSQL:
-- sessions, the locks of scheduled work, and which instance runs which import.

-- Spring Session JDBC's tables (its schema-postgresql.sql, with the constraints named our way):
-- a user signs in through one instance and goes on through another.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL CONSTRAINT spring_session_pkey PRIMARY KEY,
    session_id            char(36) NOT NULL,
    creation_time         bigint NOT NULL,
    last_access_time      bigint NOT NULL,
    max_inactive_interval int NOT NULL,
    expiry_time           bigint NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_session_id_key ON spring_session (session_id);
CREATE INDEX spring_session_expiry_time_idx ON spring_session (expiry_time);
CREATE INDEX spring_session_principal_name_idx ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36) NOT NULL CONSTRAINT spring_session_attributes_session_fkey
                           REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pkey PRIMARY KEY (session_primary_id, attribute_name)
);

-- ShedLock's table: scheduled work (such as failing the imports of an instance that died) runs
-- on one instance at a time, whatever the number of instances.
CREATE TABLE shedlock (
    name       varchar(64) NOT NULL CONSTRAINT shedlock_pkey PRIMARY KEY,
    lock_until timestamp NOT NULL,
    locked_at  timestamp NOT NULL,
    locked_by  varchar(255) NOT NULL
);

-- An import runs on the instance that accepted it, which renews its lease while the job waits
-- or runs. A job whose lease has lapsed was left by an instance that stopped: it is marked
-- failed, and nothing of it was written (an import is one transaction).
ALTER TABLE import_job ADD COLUMN instance_id text;
ALTER TABLE import_job ADD COLUMN lease_until timestamptz;
CREATE INDEX import_job_unfinished_idx ON import_job (lease_until) WHERE status IN ('QUEUED', 'RUNNING');
