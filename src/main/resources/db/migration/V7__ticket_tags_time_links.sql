-- Agent productivity on tickets: tags, time spent, and links between tickets (related,
-- parent/child, merged). Portable between H2 2.x and PostgreSQL 15.

-- Free-form tags, normalised to lower case by the application.
CREATE TABLE ticket_tag (
    ticket_id BIGINT      NOT NULL REFERENCES ticket (id),
    tag       VARCHAR(50) NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
-- The agent queue filtered by tag.
CREATE INDEX ix_ticket_tag_tag ON ticket_tag (tag, ticket_id);

-- Time an agent spent on a ticket; rows are only inserted (a correction is a negative entry).
CREATE SEQUENCE time_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE time_entry (
    id        BIGINT       NOT NULL PRIMARY KEY,
    ticket_id BIGINT       NOT NULL REFERENCES ticket (id),
    agent_id  BIGINT       NOT NULL REFERENCES person (id),
    minutes   INT          NOT NULL,
    note      VARCHAR(500),
    logged_at TIMESTAMP    NOT NULL
);
-- A ticket's totals and entries.
CREATE INDEX ix_time_entry_ticket ON time_entry (ticket_id, logged_at);
-- Reports per agent and period.
CREATE INDEX ix_time_entry_agent ON time_entry (agent_id, logged_at);

-- Links between tickets. RELATED is symmetrical and stored once, lower id first; PARENT goes
-- from the parent to the child; MERGED from the merged (closed) ticket to the one it went into.
CREATE SEQUENCE ticket_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_link (
    id             BIGINT      NOT NULL PRIMARY KEY,
    kind           VARCHAR(20) NOT NULL,
    from_ticket_id BIGINT      NOT NULL REFERENCES ticket (id),
    to_ticket_id   BIGINT      NOT NULL REFERENCES ticket (id),
    created_by_id  BIGINT REFERENCES person (id),
    created_at     TIMESTAMP   NOT NULL,
    CONSTRAINT uq_ticket_link UNIQUE (from_ticket_id, to_ticket_id, kind)
);
CREATE INDEX ix_ticket_link_from ON ticket_link (from_ticket_id, kind);
CREATE INDEX ix_ticket_link_to ON ticket_link (to_ticket_id, kind);
