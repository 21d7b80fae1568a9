-- Foundation schema: people, support lines, categories, tickets with their append-only history
-- and attachments. Portable between H2 2.x and PostgreSQL 15. Instants are UTC wall-clock
-- TIMESTAMPs (see InstantConverter). Ids come from sequences with INCREMENT BY 50, matching
-- allocationSize = 50 in the entities; EclipseLink reads a value as the top of its block of 50,
-- so they start at 50.

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    password_hash   VARCHAR(500),
    source          VARCHAR(20)  NOT NULL,
    locale          VARCHAR(10),
    time_zone       VARCHAR(60),
    active          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_person_username UNIQUE (username)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE SEQUENCE support_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE support_line (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    tier         INT           NOT NULL,
    name_en      VARCHAR(100)  NOT NULL,
    name_ru      VARCHAR(100)  NOT NULL,
    description  VARCHAR(1000),
    next_line_id BIGINT REFERENCES support_line (id),
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_support_line_code UNIQUE (code),
    CONSTRAINT uq_support_line_tier UNIQUE (tier)
);

CREATE TABLE support_line_member (
    line_id   BIGINT NOT NULL REFERENCES support_line (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (line_id, person_id)
);
CREATE INDEX ix_support_line_member_person ON support_line_member (person_id);

CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE category (
    id        BIGINT       NOT NULL PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    name_ru   VARCHAR(100) NOT NULL,
    parent_id BIGINT REFERENCES category (id),
    active    BOOLEAN      NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_category_code UNIQUE (code)
);

CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
-- People read ticket numbers (TD-1001); they are consecutive, unlike the ids.
CREATE SEQUENCE ticket_number_seq START WITH 1001 INCREMENT BY 1;
CREATE TABLE ticket (
    id              BIGINT          NOT NULL PRIMARY KEY,
    number          BIGINT          NOT NULL,
    subject         VARCHAR(200)    NOT NULL,
    description     VARCHAR(100000) NOT NULL,
    requester_id    BIGINT          NOT NULL REFERENCES person (id),
    channel         VARCHAR(20)     NOT NULL,
    category_id     BIGINT REFERENCES category (id),
    priority        VARCHAR(20)     NOT NULL,
    status          VARCHAR(30)     NOT NULL,
    assignee_id     BIGINT REFERENCES person (id),
    line_id         BIGINT          NOT NULL REFERENCES support_line (id),
    env_os          VARCHAR(200),
    env_browser     VARCHAR(200),
    env_application VARCHAR(200),
    env_app_version VARCHAR(100),
    created_at      TIMESTAMP       NOT NULL,
    updated_at      TIMESTAMP       NOT NULL,
    updated_by_id   BIGINT REFERENCES person (id),
    version         BIGINT          NOT NULL,
    CONSTRAINT uq_ticket_number UNIQUE (number)
);
-- "My tickets" in the portal.
CREATE INDEX ix_ticket_requester ON ticket (requester_id, updated_at);
-- The agent queue: filtered by status and line, newest change first.
CREATE INDEX ix_ticket_status_line ON ticket (status, line_id, updated_at);
CREATE INDEX ix_ticket_line_updated ON ticket (line_id, updated_at);
CREATE INDEX ix_ticket_assignee ON ticket (assignee_id, status);
CREATE INDEX ix_ticket_updated ON ticket (updated_at);

CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    ticket_id      BIGINT       NOT NULL REFERENCES ticket (id),
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(200) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    uploaded_by_id BIGINT       NOT NULL REFERENCES person (id),
    uploaded_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_attachment_ticket ON attachment (ticket_id);

-- The bytes live apart from the metadata so that listing attachments never loads them.
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    content       BYTEA  NOT NULL
);

-- Append-only: rows are inserted, never updated or deleted.
CREATE SEQUENCE ticket_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_event (
    id            BIGINT          NOT NULL PRIMARY KEY,
    ticket_id     BIGINT          NOT NULL REFERENCES ticket (id),
    type          VARCHAR(40)     NOT NULL,
    actor_id      BIGINT REFERENCES person (id),
    occurred_at   TIMESTAMP       NOT NULL,
    field         VARCHAR(40),
    old_value     VARCHAR(500),
    new_value     VARCHAR(500),
    body          VARCHAR(100000),
    internal      BOOLEAN         NOT NULL,
    attachment_id BIGINT REFERENCES attachment (id)
);
CREATE INDEX ix_ticket_event_ticket ON ticket_event (ticket_id, occurred_at, id);

-- Small key/value facts about this installation (e.g. that demo data was loaded).
CREATE TABLE installation_fact (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    fact_value VARCHAR(1000),
    created_at TIMESTAMP    NOT NULL
);
