-- An SLA event copies two keys from the clock it fires for, in the sweep's transaction, while the
-- clock row is locked: the ticket (for the ticket's event list, ix_sla_event_ticket) and the policy
-- (which policy's actions the event runs). The clock's own foreign keys already hold both when the
-- event is written, clocks are never deleted (so neither is their ticket), and policies are only
-- ever retired (deleted_at), never removed. Checking the two copies again cost PostgreSQL a
-- FOR KEY SHARE lookup per key per event: 10,000 events took 205-325 ms to insert with the checks
-- and 115 ms without these two (the clock's key stays checked), out of a sweep of 0.7-1.0 s
-- (BENCHMARKS.md, SLA sweep). H2, the embedded database, keeps them: it has no such sweep volume
-- and its constraint names are generated.
ALTER TABLE sla_event DROP CONSTRAINT sla_event_ticket_id_fkey;
ALTER TABLE sla_event DROP CONSTRAINT sla_event_policy_id_fkey;
