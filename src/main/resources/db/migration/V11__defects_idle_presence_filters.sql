-- The rest of support lines (issue 4): external defects and "waiting for development", idle
-- escalation to line leads, who has a ticket open (collision detection), saved agent filters, and
-- the requester's organisation unit as an intake rule condition.
-- Portable between H2 2.x and PostgreSQL 15; sequences as in V1 (INCREMENT BY 50, start at 50).

-- Per line: after how many minutes without a reply or note its leads hear of a stuck ticket (NULL:
-- never), and whether its agents may link tickets to external defects. The last line (engineers)
-- may, as before any admin says otherwise.
ALTER TABLE support_line ADD COLUMN idle_minutes INT;
ALTER TABLE support_line ADD COLUMN defect_links BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE support_line SET defect_links = TRUE
 WHERE tier = (SELECT MAX(l.tier) FROM support_line l);

-- A defect in an external tracker (Jira, YouTrack, GitLab...), known by its key.
CREATE SEQUENCE external_defect_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE external_defect (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tracker_key VARCHAR(100)  NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    fixed_at    TIMESTAMP,
    fixed_by_id BIGINT REFERENCES person (id),
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_external_defect_key UNIQUE (tracker_key)
);

-- A ticket waits for a defect from linked_at until returned_at. return_line_id is the line that
-- owns the requester contact: the line the ticket was opened in, where it goes back when fixed.
CREATE SEQUENCE defect_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE defect_link (
    id             BIGINT    NOT NULL PRIMARY KEY,
    ticket_id      BIGINT    NOT NULL REFERENCES ticket (id),
    defect_id      BIGINT    NOT NULL REFERENCES external_defect (id),
    return_line_id BIGINT    NOT NULL REFERENCES support_line (id),
    linked_at      TIMESTAMP NOT NULL,
    linked_by_id   BIGINT REFERENCES person (id),
    returned_at    TIMESTAMP
);
-- The tickets a fixed defect releases; the open link of a ticket.
CREATE INDEX ix_defect_link_defect ON defect_link (defect_id, returned_at);
CREATE INDEX ix_defect_link_ticket ON defect_link (ticket_id, returned_at);
-- The console's "waiting for development" uses ix_ticket_status_line (status, line_id) of V1.

-- Idle escalation: one row per ticket that can get stuck. activity_at is the last reply or note
-- (or the arrival in the line); due_at when the next level fires (NULL: nothing to do). The sweep
-- moves a row on with a conditional UPDATE (WHERE level = seen AND due_at = seen), so each level
-- fires exactly once across nodes.
CREATE TABLE ticket_idle (
    ticket_id   BIGINT    NOT NULL PRIMARY KEY REFERENCES ticket (id),
    activity_at TIMESTAMP NOT NULL,
    idle_level  INT       NOT NULL,
    due_at      TIMESTAMP
);
CREATE INDEX ix_ticket_idle_due ON ticket_idle (due_at);

-- Who has a ticket open right now: a heartbeat row per ticket and agent, seen_at refreshed every
-- few seconds by the open page; rows older than a minute mean "gone" and are swept away.
CREATE TABLE ticket_presence (
    ticket_id BIGINT    NOT NULL REFERENCES ticket (id),
    person_id BIGINT    NOT NULL REFERENCES person (id),
    seen_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (ticket_id, person_id)
);
CREATE INDEX ix_ticket_presence_seen ON ticket_presence (seen_at);

-- An agent's named queue filters.
CREATE SEQUENCE saved_filter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE saved_filter (
    id          BIGINT       NOT NULL PRIMARY KEY,
    owner_id    BIGINT       NOT NULL REFERENCES person (id),
    name        VARCHAR(100) NOT NULL,
    status      VARCHAR(30),
    line_code   VARCHAR(40),
    queue_code  VARCHAR(40),
    priority    VARCHAR(20),
    category    VARCHAR(100),
    assignee    VARCHAR(100),
    search_text VARCHAR(200),
    sort_field  VARCHAR(30),
    ascending   BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_saved_filter_name UNIQUE (owner_id, name)
);

-- Intake rules may look at the requester's organisation unit (and every unit below it).
ALTER TABLE routing_rule ADD COLUMN org_unit_id BIGINT REFERENCES org_unit (id);

-- Waiting for development stops the SLA clocks wherever waiting for the requester does.
INSERT INTO sla_policy_pause_status (policy_id, status)
SELECT p.policy_id, 'WAITING_FOR_DEVELOPMENT' FROM sla_policy_pause_status p
 WHERE p.status = 'WAITING_FOR_REQUESTER';

-- The agent queue's filters by priority and by category (the queue filter uses
-- ix_ticket_queue_status of V4).
CREATE INDEX ix_ticket_priority_status ON ticket (priority, status);
CREATE INDEX ix_ticket_category_status ON ticket (category_id, status);
