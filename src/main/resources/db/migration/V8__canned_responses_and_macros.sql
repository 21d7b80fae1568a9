-- Canned responses (text per language, with placeholders) and macros (several ticket actions
-- applied at once). owner_id NULL means shared with every agent; otherwise personal.

CREATE SEQUENCE canned_response_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE canned_response (
    id            BIGINT         NOT NULL PRIMARY KEY,
    title         VARCHAR(120)   NOT NULL,
    body_en       VARCHAR(10000),
    body_ru       VARCHAR(10000),
    owner_id      BIGINT REFERENCES person (id),
    updated_at    TIMESTAMP      NOT NULL,
    updated_by_id BIGINT REFERENCES person (id),
    version       BIGINT         NOT NULL
);
-- The list an agent sees: shared ones and their own, by title.
CREATE INDEX ix_canned_response_owner ON canned_response (owner_id, title);

CREATE SEQUENCE ticket_macro_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_macro (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    name               VARCHAR(120)   NOT NULL,
    owner_id           BIGINT REFERENCES person (id),
    canned_response_id BIGINT REFERENCES canned_response (id),
    reply_text         VARCHAR(10000),
    reply_internal     BOOLEAN        NOT NULL,
    target_status      VARCHAR(30),
    target_priority    VARCHAR(20),
    assign_queue       VARCHAR(40),
    assign_agent       VARCHAR(100),
    add_tags           VARCHAR(500),
    remove_tags        VARCHAR(500),
    updated_at         TIMESTAMP      NOT NULL,
    updated_by_id      BIGINT REFERENCES person (id),
    version            BIGINT         NOT NULL
);
CREATE INDEX ix_ticket_macro_owner ON ticket_macro (owner_id, name);
CREATE INDEX ix_ticket_macro_response ON ticket_macro (canned_response_id);
