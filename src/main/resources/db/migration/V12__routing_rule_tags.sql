-- Intake routing rules may tag the tickets they route (e.g. "vip", "printer").
CREATE TABLE routing_rule_tag (
    rule_id BIGINT      NOT NULL REFERENCES routing_rule (id),
    tag     VARCHAR(50) NOT NULL,
    PRIMARY KEY (rule_id, tag)
);
