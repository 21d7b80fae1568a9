-- The "breaching soon" and "breached" lists (SlaClocks, SlaClock's named queries) page through
-- clocks ORDER BY due_at, id. Many clocks share a deadline: every ticket opened outside business
-- hours falls due at the same instant of the next working day (after an evening's benchmark at
-- 1,000,000 tickets, 20,583 running clocks were due at one instant). Without the id in the index,
-- PostgreSQL read and sorted that whole group for every 20-row page (50-90 ms instead of under
-- 1 ms, EXPLAIN ANALYZE on the benchmark database). With it the index order is the list's order.
DROP INDEX ix_sla_clock_state_due;
CREATE INDEX ix_sla_clock_state_due ON sla_clock (state, due_at, id);
DROP INDEX ix_sla_clock_breached;
CREATE INDEX ix_sla_clock_breached ON sla_clock (state, completed_at, due_at, id);
