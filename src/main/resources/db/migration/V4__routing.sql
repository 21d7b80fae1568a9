-- Routing: queues (teams) inside a line with members and an assignment strategy, agent profiles
-- (capacity, availability, languages, skills), category defaults, ordered intake rules, the queue
-- and escalation mark of a ticket, and the audit of admin changes to all of these.
-- Portable between H2 2.x and PostgreSQL 15; sequences as in V1 (INCREMENT BY 50, start at 50).

-- A queue belongs to one line. rr_cursor is the person id that round-robin served last; it is
-- advanced with a conditional UPDATE (WHERE rr_cursor = <read value>) so that nodes and restarts
-- share one fair rotation.
CREATE SEQUENCE routing_queue_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE routing_queue (
    id        BIGINT       NOT NULL PRIMARY KEY,
    line_id   BIGINT       NOT NULL REFERENCES support_line (id),
    code      VARCHAR(40)  NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    name_ru   VARCHAR(100) NOT NULL,
    strategy  VARCHAR(20)  NOT NULL,
    rr_cursor BIGINT       DEFAULT 0 NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_routing_queue_code UNIQUE (code)
);
CREATE INDEX ix_routing_queue_line ON routing_queue (line_id, code);

CREATE TABLE routing_queue_member (
    queue_id  BIGINT NOT NULL REFERENCES routing_queue (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (queue_id, person_id)
);
CREATE INDEX ix_routing_queue_member_person ON routing_queue_member (person_id);

-- An agent without a profile row works with the defaults (on duty, capacity 10).
CREATE TABLE agent_profile (
    person_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES person (id),
    capacity     INT          NOT NULL,
    availability VARCHAR(20)  NOT NULL,
    away_until   TIMESTAMP,
    languages    VARCHAR(100),
    version      BIGINT       NOT NULL
);

CREATE TABLE agent_skill (
    person_id   BIGINT NOT NULL REFERENCES person (id),
    category_id BIGINT NOT NULL REFERENCES category (id),
    PRIMARY KEY (person_id, category_id)
);
CREATE INDEX ix_agent_skill_category ON agent_skill (category_id);

ALTER TABLE category ADD COLUMN default_line_id BIGINT REFERENCES support_line (id);
ALTER TABLE category ADD COLUMN default_queue_id BIGINT REFERENCES routing_queue (id);

-- Intake rules, tried by rule_rank; the first whose conditions all hold decides. NULL conditions
-- match anything; keywords is a comma-separated list, any of which in the subject matches.
CREATE SEQUENCE routing_rule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE routing_rule (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    rule_rank             INT          NOT NULL,
    category_id           BIGINT REFERENCES category (id),
    include_subcategories BOOLEAN      NOT NULL,
    channel               VARCHAR(20),
    requester_vip         BOOLEAN,
    keywords              VARCHAR(500),
    target_line_id        BIGINT       NOT NULL REFERENCES support_line (id),
    target_queue_id       BIGINT REFERENCES routing_queue (id),
    target_priority       VARCHAR(20),
    version               BIGINT       NOT NULL
);
CREATE INDEX ix_routing_rule_rank ON routing_rule (rule_rank, id);

-- The ticket's queue within its line, and when it reached its line by escalation (NULL when it
-- did not, or was returned): the agent console's "escalated to my line". A timestamp rather than a
-- flag, also because EclipseLink prints boolean literals as 1/0, which H2 refuses to compare.
ALTER TABLE ticket ADD COLUMN queue_id BIGINT REFERENCES routing_queue (id);
ALTER TABLE ticket ADD COLUMN escalated_at TIMESTAMP;
-- The console's counts: my queues, unassigned in my lines, escalated to my line.
CREATE INDEX ix_ticket_queue_status ON ticket (queue_id, status);
CREATE INDEX ix_ticket_line_assignee ON ticket (line_id, assignee_id, status);
CREATE INDEX ix_ticket_line_escalated ON ticket (line_id, escalated_at, status);

-- Who changed which routing configuration, when, and to what (the request as JSON).
CREATE SEQUENCE admin_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE admin_audit (
    id          BIGINT        NOT NULL PRIMARY KEY,
    actor_id    BIGINT        NOT NULL REFERENCES person (id),
    occurred_at TIMESTAMP     NOT NULL,
    subject     VARCHAR(40)   NOT NULL,
    subject_key VARCHAR(100)  NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX ix_admin_audit_subject ON admin_audit (subject, subject_key, occurred_at);

-- One queue per line to start with; admins add more.
INSERT INTO routing_queue (id, line_id, code, name_en, name_ru, strategy, rr_cursor, version)
VALUES (1, 1, 'SERVICE_DESK', 'Service desk', 'Служба поддержки', 'MANUAL', 0, 0),
       (2, 2, 'SPECIALISTS', 'Specialists', 'Специалисты', 'LEAST_LOADED', 0, 0),
       (3, 3, 'ENGINEERING', 'Engineering', 'Инженеры', 'SKILL_BASED', 0, 0);
ALTER SEQUENCE routing_queue_seq RESTART WITH 150;

-- Categories land where they are usually solved: everyday requests at the service desk, server
-- and database problems with the specialists.
UPDATE category SET default_line_id = 1, default_queue_id = 1;
INSERT INTO category (id, code, name_en, name_ru, parent_id, active, version,
                      default_line_id, default_queue_id)
VALUES (8, 'SERVERS', 'Servers and databases', 'Серверы и базы данных', NULL, TRUE, 0, 2, 2),
       (9, 'DATABASE', 'Databases', 'Базы данных', 8, TRUE, 0, 2, 2);

-- Tickets that exist already stay in their line's queue.
UPDATE ticket SET queue_id = (SELECT q.id FROM routing_queue q WHERE q.line_id = ticket.line_id);
