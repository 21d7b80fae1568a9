-- SLA policies may be limited to requesters of organisation units (a unit covers the units below
-- it), and units may have a calendar of their own: a policy without a calendar counts in the
-- requester's unit's calendar (the nearest one up the tree), else the line's, else around the clock.

CREATE TABLE sla_policy_org_unit (
    policy_id   BIGINT NOT NULL REFERENCES sla_policy (id),
    org_unit_id BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (policy_id, org_unit_id)
);

CREATE TABLE sla_org_unit_calendar (
    org_unit_id BIGINT NOT NULL PRIMARY KEY REFERENCES org_unit (id),
    calendar_id BIGINT NOT NULL REFERENCES sla_calendar (id),
    version     BIGINT NOT NULL
);
CREATE INDEX ix_sla_org_unit_calendar_cal ON sla_org_unit_calendar (calendar_id);

ALTER TABLE sla_ticket ADD COLUMN requester_id BIGINT REFERENCES person (id);
ALTER TABLE sla_ticket ADD COLUMN requester_unit_id BIGINT REFERENCES org_unit (id);
UPDATE sla_ticket SET requester_id = (SELECT t.requester_id FROM ticket t WHERE t.id = sla_ticket.ticket_id);
-- Recomputation after a requester moves, or after a unit's calendar changes, walks these.
CREATE INDEX ix_sla_ticket_requester ON sla_ticket (requester_id, active, ticket_id);
CREATE INDEX ix_sla_ticket_unit ON sla_ticket (requester_unit_id, active, ticket_id);
