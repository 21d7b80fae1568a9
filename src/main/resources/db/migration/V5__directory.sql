-- Organisation units (organisations and their departments, as a tree), the profile fields the
-- company directory keeps up to date, and the mapping from directory groups to Tierdesk roles.

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_unit (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(200) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    parent_id  BIGINT REFERENCES org_unit (id),
    source     VARCHAR(20)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

ALTER TABLE person ADD COLUMN org_unit_id BIGINT REFERENCES org_unit (id);
ALTER TABLE person ADD COLUMN phone VARCHAR(50);
ALTER TABLE person ADD COLUMN title VARCHAR(200);
ALTER TABLE person ADD COLUMN manager_id BIGINT REFERENCES person (id);
ALTER TABLE person ADD COLUMN external_id VARCHAR(500);
ALTER TABLE person ADD COLUMN synced_at TIMESTAMP;
CREATE INDEX ix_person_org_unit ON person (org_unit_id);
CREATE INDEX ix_person_source ON person (source);

CREATE SEQUENCE group_role_mapping_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE group_role_mapping (
    id          BIGINT       NOT NULL PRIMARY KEY,
    source      VARCHAR(20)  NOT NULL,
    group_name  VARCHAR(500) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    line_code   VARCHAR(40),
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_group_role_mapping_source ON group_role_mapping (source);

-- The company directory's usual groups, as in docker/ and the tests' directory; editable by admins.
INSERT INTO group_role_mapping (id, source, group_name, role, line_code, version) VALUES
    (1, 'LDAP', 'HD-Admins', 'ADMIN', NULL, 0),
    (2, 'LDAP', 'HD-Line1', 'AGENT', 'L1', 0),
    (3, 'LDAP', 'HD-Line2', 'AGENT', 'L2', 0),
    (4, 'LDAP', 'HD-Line3', 'AGENT', 'L3', 0),
    (5, 'OIDC', 'HD-Admins', 'ADMIN', NULL, 0),
    (6, 'OIDC', 'HD-Line1', 'AGENT', 'L1', 0),
    (7, 'OIDC', 'HD-Line2', 'AGENT', 'L2', 0),
    (8, 'OIDC', 'HD-Line3', 'AGENT', 'L3', 0);
