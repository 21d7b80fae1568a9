-- Directory sync: a lock row per directory (so that one node syncs at a time), a report per run,
-- and an audit of admins' changes to group-to-role mappings.

CREATE TABLE directory_sync_lock (
    name          VARCHAR(20)  NOT NULL PRIMARY KEY,
    locked_by     VARCHAR(100),
    locked_until  TIMESTAMP,
    next_due      TIMESTAMP    NOT NULL
);
-- Due at once: the first tick after start-up syncs when LDAP is configured.
INSERT INTO directory_sync_lock (name, locked_by, locked_until, next_due)
    VALUES ('LDAP', NULL, NULL, TIMESTAMP '2000-01-01 00:00:00');

CREATE SEQUENCE directory_sync_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE directory_sync_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    source       VARCHAR(20)   NOT NULL,
    trigger_kind VARCHAR(20)   NOT NULL,
    started_by   VARCHAR(100),
    node         VARCHAR(100),
    started_at   TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP,
    outcome      VARCHAR(20)   NOT NULL,
    seen         INT           NOT NULL,
    created      INT           NOT NULL,
    updated      INT           NOT NULL,
    deactivated  INT           NOT NULL,
    errors       INT           NOT NULL,
    message      VARCHAR(4000),
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_directory_sync_run_started ON directory_sync_run (started_at);

CREATE SEQUENCE directory_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE directory_audit (
    id           BIGINT        NOT NULL PRIMARY KEY,
    actor_id     BIGINT        NOT NULL REFERENCES person (id),
    occurred_at  TIMESTAMP     NOT NULL,
    subject      VARCHAR(40)   NOT NULL,
    subject_key  VARCHAR(100)  NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX ix_directory_audit_occurred ON directory_audit (occurred_at);

-- The admin's people list: sorted by name, filtered by source and state.
CREATE INDEX ix_person_display_name ON person (display_name);
CREATE INDEX ix_person_synced ON person (source, active, synced_at);

-- V5 seeded group mappings with ids 1-8, inside the first block of 50 ids EclipseLink takes from a
-- sequence that starts at 50 (it reads a value as the top of its block): move past them.
ALTER SEQUENCE group_role_mapping_seq RESTART WITH 100;
