-- The SLA sweep's two work lists as partial indexes (PostgreSQL only: H2 has no partial indexes and
-- keeps the full ones of V3). A row enters a partial index only while it satisfies the predicate,
-- so a breach (state leaves RUNNING, next_check_at NULL) adds no entry to the due index, and an
-- event stored as done (notify-only actions, written as it fires) none to the pending index:
-- two index entries fewer per fired clock, of about ten. The queries that read them state the
-- predicate with literals (SlaFiring, SlaActions), so that every plan, generic ones too, can use
-- the index.
DROP INDEX ix_sla_clock_due;
CREATE INDEX ix_sla_clock_due ON sla_clock (next_check_at, id)
    WHERE state = 'RUNNING' AND completed_at IS NULL;
DROP INDEX ix_sla_event_pending;
CREATE INDEX ix_sla_event_pending ON sla_event (id) WHERE actions_pending;
