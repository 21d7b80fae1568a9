-- Bulk load for the SLA sweep benchmark: :clocks open tickets (ids from 10,000,000 up, so they
-- never meet the application's sequences), their sla_ticket rows and one RUNNING resolution clock
-- each on the fallback policy and the Moscow business-hours calendar. :due of the clocks fall due
-- between 1 and 2 hours from now, all others 7 to 37 days from now, so that nothing fires until
-- the benchmark moves the application clock forward by 3 hours. Times are UTC wall clock, as the
-- application stores them. The tickets are assigned to the demo agent line1, so that the fallback
-- policy's breach action (NOTIFY_ASSIGNEE) sends a notification for each breach and the measured
-- sweep includes the actions. Besides, :due warm-up tickets (ids from 9,000,000 up) with clocks
-- falling due 5 to 45 minutes from now, which the benchmark fires in three unmeasured sweeps so
-- that the measured one runs on compiled code, as the sweep of a server that has been up for a
-- while does. psql -v clocks=... -v due=...
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_ref AS
SELECT (SELECT id FROM person WHERE username = 'employee') AS requester_id,
       (SELECT id FROM person WHERE username = 'line1') AS assignee_id,
       (SELECT id FROM support_line WHERE code = 'L1') AS line_id,
       (SELECT q.id FROM routing_queue q JOIN support_line l ON l.id = q.line_id
         WHERE l.code = 'L1' ORDER BY q.id LIMIT 1) AS queue_id,
       (now() AT TIME ZONE 'UTC') AS t0;

-- Every loaded ticket gets one clock. The measured set (ids from 10,000,000): g <= :due fall due
-- over the hour [t0 + 1 h, t0 + 2 h), the others 7 to 37 days ahead. The warm-up set (ids from
-- 9,000,000) falls due over [t0 + 5 min, t0 + 45 min). Warnings are already past and skipped by
-- the engine, as they are when the deadline is due too.
CREATE TEMP TABLE bench_clock AS
SELECT 10000000 + g AS id, g, 'Benchmark ticket ' AS subject,
       CASE WHEN g <= :due THEN r.t0 + interval '1 hour' + (g * interval '1 hour') / :due
            ELSE r.t0 + interval '7 days' + (g % 43200) * interval '1 minute' END AS due_at
FROM generate_series(1, :clocks) g, bench_ref r
UNION ALL
SELECT 9000000 + g, g, 'Warm-up ticket ',
       r.t0 + interval '5 minutes' + (g * interval '40 minutes') / :due
FROM generate_series(1, :due) g, bench_ref r;

INSERT INTO ticket (id, number, subject, description, requester_id, channel, category_id, priority,
                    status, assignee_id, line_id, created_at, updated_at, version, queue_id)
SELECT c.id, c.id, c.subject || c.g, 'Loaded for the SLA sweep benchmark',
       r.requester_id, (ARRAY['PORTAL','EMAIL','PHONE','CHAT'])[1 + c.g % 4], NULL, 'LOW', 'NEW',
       r.assignee_id, r.line_id, r.t0 - interval '1 hour', r.t0 - interval '1 hour', 0, r.queue_id
FROM bench_clock c, bench_ref r;

INSERT INTO sla_ticket (ticket_id, policy_id, calendar_id, status, priority, category_id, line_id,
                        channel, requester_vip, active, version)
SELECT t.id, 4, 2, 'NEW', 'LOW', NULL, t.line_id, t.channel, FALSE, TRUE, 0
FROM ticket t WHERE t.id > 9000000;

INSERT INTO sla_clock (id, ticket_id, metric, state, policy_id, target_minutes, warning_percent,
                       cycle_no, started_at, running_since, paused_at, consumed_ms, due_at,
                       warn_at, next_check_at, warned_at, breached_at, completed_at, version)
SELECT c.id, c.id, 'RESOLUTION', 'RUNNING', 4, 2400, 80, 0,
       r.t0 - interval '1 hour', r.t0 - interval '1 hour', NULL, 0, c.due_at,
       NULL, c.due_at, NULL, NULL, NULL, 0
FROM bench_clock c, bench_ref r;
COMMIT;
-- Vacuumed as well as analyzed, as a database that has been running for a while is: otherwise the
-- first sweep also sets the hint bits of a million fresh rows, and autovacuum, woken by the bulk
-- insert, scans these tables while the sweep is measured.
VACUUM ANALYZE ticket;
VACUUM ANALYZE sla_ticket;
VACUUM ANALYZE sla_clock;
