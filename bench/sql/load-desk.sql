-- Bulk load of a realistic help desk for the load benchmarks (psql -v tickets=N):
--   200 agents spread over the three lines, 20,000 requesters in 40 departments,
--   ten categories, N tickets over the last two years on every channel and line, ~5 history
--   entries per ticket (every 5,000th ticket has 200), 8% of the tickets still open, each open
--   ticket with running SLA clocks of which 1% fall due within the next minute.
-- One INSERT ... SELECT per table: the rows never leave the server, which loads faster than COPY
-- from a client file and needs nothing but psql. Ids start at 20,000,000 so that they never meet
-- the application's sequences. Times are UTC wall clock, as the application stores them.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_ref AS
SELECT (now() AT TIME ZONE 'UTC') AS t0,
       (SELECT password_hash FROM person WHERE username = 'employee') AS password_hash;

-- Ten categories: the seven of a fresh installation and three more.
INSERT INTO category (id, code, name_en, name_ru, parent_id, active, version) VALUES
    (901, 'BENCH_PHONE', 'Telephony', 'Телефония', NULL, TRUE, 0),
    (902, 'BENCH_ERP', 'ERP and accounting', 'ERP и бухгалтерия', 3, TRUE, 0),
    (903, 'BENCH_SECURITY', 'Information security', 'Информационная безопасность', NULL, TRUE, 0);
-- Configuration written behind the application's back: a running node derives its view again.
UPDATE config_generation SET generation = generation + 1 WHERE id = 1;

CREATE TEMP TABLE bench_lines AS
SELECT row_number() OVER (ORDER BY l.tier) - 1 AS k, l.id AS line_id,
       (SELECT q.id FROM routing_queue q WHERE q.line_id = l.id ORDER BY q.id LIMIT 1) AS queue_id
FROM support_line l WHERE l.code IN ('L1', 'L2', 'L3');

CREATE TEMP TABLE bench_categories AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM category;

INSERT INTO org_unit (id, code, name, parent_id, source, active, version)
SELECT 20000000 + d, 'BENCH-DEPT-' || d,
       (ARRAY['Finance', 'Sales', 'Logistics', 'Production', 'Бухгалтерия', 'Отдел кадров',
              'Склад', 'Юридический отдел'])[1 + d % 8] || ' ' || d,
       NULL, 'LOCAL', TRUE, 0
FROM generate_series(1, 40) d;

-- Agents 20000001-20000200, requesters 20000201-20020200; every password is "employee".
INSERT INTO person (id, username, display_name, email, password_hash, source, active, created_at,
                    version, vip, org_unit_id)
SELECT 20000000 + g,
       CASE WHEN g <= 200 THEN 'bench-agent-' || g ELSE 'bench-user-' || (g - 200) END,
       CASE WHEN g <= 200 THEN 'Agent ' || g ELSE 'Requester ' || (g - 200) END,
       CASE WHEN g <= 200 THEN 'agent' || g ELSE 'user' || (g - 200) END || '@bench.example',
       r.password_hash, 'LOCAL', TRUE, r.t0 - interval '3 years', 0, g % 97 = 0,
       CASE WHEN g <= 200 THEN NULL ELSE 20000001 + g % 40 END
FROM generate_series(1, 20200) g, bench_ref r;

INSERT INTO person_role (person_id, role)
SELECT 20000000 + g, CASE WHEN g <= 200 THEN 'AGENT' ELSE 'REQUESTER' END
FROM generate_series(1, 20200) g;

INSERT INTO support_line_member (line_id, person_id)
SELECT l.line_id, 20000000 + g FROM generate_series(1, 200) g JOIN bench_lines l ON l.k = (g - 1) % 3;

-- Tickets: ticket g is created (g / N) of the way through the last two years, so later tickets
-- are newer and lie further along the table; the newest 8% are still open.
INSERT INTO ticket (id, number, subject, description, requester_id, channel, category_id, priority,
                    status, assignee_id, line_id, created_at, updated_at, updated_by_id, version,
                    queue_id, escalated_at)
SELECT 20000000 + g, 20000000 + g,
       s.subject || ' (' || v.word || ') #' || g,
       'Loaded for the benchmarks. ' || s.subject || '. Steps: open the application, wait.',
       20000201 + (g::bigint * 7919) % 20000,
       (ARRAY['PORTAL', 'EMAIL', 'PHONE', 'CHAT', 'API'])[1 + g % 5],
       c.id,
       (ARRAY['LOW', 'NORMAL', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'])[1 + g % 6],
       CASE WHEN g <= :tickets * 0.92 THEN (ARRAY['CLOSED', 'CLOSED', 'CLOSED', 'RESOLVED'])[1 + g % 4]
            ELSE (ARRAY['NEW', 'IN_PROGRESS', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER'])[1 + g % 4]
       END,
       CASE WHEN g <= :tickets * 0.92 OR g % 4 <> 0 THEN 20000001 + 3 * ((g / 3) % 66) + g % 3 END,
       l.line_id,
       w.created_at,
       w.created_at + interval '3 hours',
       20000001 + 3 * ((g / 3) % 66) + g % 3,
       0,
       l.queue_id,
       CASE WHEN l.k > 0 THEN w.created_at + interval '1 hour' END
FROM generate_series(1, :tickets) g
CROSS JOIN bench_ref r
JOIN bench_lines l ON l.k = g % 3
JOIN bench_categories c ON c.k = g % 10
CROSS JOIN LATERAL (SELECT r.t0 - interval '730 days' * (1 - g::float8 / :tickets)
                           - interval '4 hours' AS created_at) w
CROSS JOIN LATERAL (SELECT (ARRAY[
    'Printer prints blank pages', 'VPN disconnects every few minutes',
    'Cannot log in to the ERP', 'Outlook does not sync the calendar',
    'Laptop battery drains fast', 'Need access to the shared drive',
    'Monitor flickers after docking', 'Password expired on the mail server',
    'Не работает принтер на третьем этаже', 'Не приходит почта с вложениями',
    'Нужен доступ к папке бухгалтерии', 'Медленно работает 1С',
    'Сломалась клавиатура', 'Не подключается VPN из дома'])[1 + (g * 31) % 14] AS subject) s
-- The system or device a request is about, as subjects name it ("Printer prints blank pages
-- (kazujo)"): one of 2,000 made-up names, Latin and Cyrillic in turn, whose frequencies fall off
-- as in a language: name r (1-2000) is in ln((r+1)/r) / ln 2001 of the tickets, from 1 in 11
-- (r = 1) through 1 in 1,000 (r = 131) to 1 in 15,000 (r = 2000). The first searches of such
-- words are measured apart from the 14 subjects' common words (LoadBench's search-words, which
-- spells the same names).
CROSS JOIN LATERAL (SELECT least(1999, floor(exp(((g::bigint * 2654435761) % 4294967296)::float8
                                                  / 4294967296 * ln(2001)))::int - 1) AS i) z
CROSS JOIN LATERAL (SELECT (CASE WHEN z.i % 2 = 0 THEN ARRAY[
    'ka', 'zu', 'jo', 'xe', 'bu', 'go', 'du', 'vi', 'ky', 'zo', 'ju', 'xa', 'bo', 'gu', 'di', 'vo']
    ELSE ARRAY[
    'ка', 'зу', 'жо', 'хе', 'бу', 'го', 'ду', 'ви', 'кы', 'зо', 'жу', 'ха', 'бо', 'гу', 'ди', 'во']
    END) AS syllables) y
CROSS JOIN LATERAL (SELECT y.syllables[1 + z.i % 16] || y.syllables[1 + (z.i / 16) % 16]
                           || y.syllables[1 + z.i / 256] AS word) v
-- In the order of creation, as a help desk's table fills: without it the hash joins above wrote
-- the tickets grouped by category, 100,000 rows at a time with only 7 of the 14 subjects, and a
-- scan for the other 7 read past a whole group before it found its first match.
ORDER BY g;

-- History: created, assigned, a reply, a status change, and for finished tickets the
-- resolution; every 5,000th ticket carries 200 entries (a long conversation). One statement in
-- the order the entries happened, as a running help desk appends them: the entries of one ticket
-- lie near each other, between those of the tickets handled at the same time.
INSERT INTO ticket_event (id, ticket_id, type, actor_id, occurred_at, field, old_value, new_value,
                          body, internal)
SELECT * FROM (
    SELECT 20000000 * 10 + t.g * 5 + e, t.id,
           (ARRAY['CREATED', 'ASSIGNED', 'REPLY', 'STATUS_CHANGED', 'NOTE'])[1 + e],
           CASE WHEN e = 0 THEN t.requester_id ELSE t.updated_by_id END,
           t.created_at + e * interval '30 minutes',
           CASE WHEN e = 3 THEN 'status' END,
           CASE WHEN e = 3 THEN 'NEW' END,
           CASE WHEN e = 3 THEN 'IN_PROGRESS' END,
           CASE WHEN e IN (2, 4) THEN 'Please restart the application and try again; the logs show a time-out.' END,
           e = 4
    FROM (SELECT id, id - 20000000 AS g, requester_id, updated_by_id, created_at FROM ticket
          WHERE id > 20000000) t,
         generate_series(0, 4) e
    UNION ALL
    SELECT 3000000000 + t.g * 200 + e, t.id,
           CASE WHEN e % 2 = 0 THEN 'REPLY' ELSE 'NOTE' END,
           CASE WHEN e % 3 = 0 THEN t.requester_id ELSE t.updated_by_id END,
           t.created_at + interval '3 hours' + e * interval '1 minute',
           NULL, NULL, NULL,
           'Message ' || e || ' of a long conversation: we checked the driver, the cable and the port.',
           e % 2 = 1
    FROM (SELECT id, id - 20000000 AS g, requester_id, updated_by_id, created_at FROM ticket
          WHERE id > 20000000 AND (id - 20000000) % 5000 = 0) t,
         generate_series(1, 195) e
) h (id, ticket_id, type, actor_id, occurred_at, field, old_value, new_value, body, internal)
ORDER BY occurred_at, id;

-- SLA: open tickets count on the fallback policy in the 24x7 calendar; 1% of their resolution
-- clocks fall due within the next minute, the others within weeks.
INSERT INTO sla_ticket (ticket_id, policy_id, calendar_id, status, priority, category_id, line_id,
                        channel, requester_vip, active, version, requester_id)
SELECT t.id, p.id, NULL, t.status, t.priority, t.category_id, t.line_id, t.channel, FALSE, TRUE, 0,
       t.requester_id
FROM ticket t, (SELECT id FROM sla_policy WHERE fallback AND deleted_at IS NULL) p
WHERE t.id > 20000000 AND t.status NOT IN ('CLOSED', 'RESOLVED');

INSERT INTO sla_clock (id, ticket_id, metric, state, policy_id, target_minutes, warning_percent,
                       cycle_no, started_at, running_since, paused_at, consumed_ms, due_at,
                       warn_at, next_check_at, warned_at, breached_at, completed_at, version)
SELECT s.ticket_id, s.ticket_id, 'RESOLUTION', 'RUNNING', s.policy_id, 2400, 80, 0,
       r.t0 - interval '1 hour', r.t0 - interval '1 hour', NULL, 0, d.due_at, NULL, d.due_at,
       NULL, NULL, NULL, 0
FROM sla_ticket s, bench_ref r,
     LATERAL (SELECT CASE WHEN s.ticket_id % 100 = 0
                          THEN r.t0 + (s.ticket_id % 60) * interval '1 second'
                          ELSE r.t0 + interval '7 days' + (s.ticket_id % 43200) * interval '1 minute'
                     END AS due_at) d
WHERE s.ticket_id > 20000000;

COMMIT;
-- Vacuumed as well as analyzed, as the tables of a database that has been running for a while
-- are: otherwise the first readers set the hint bits of millions of fresh rows, no index-only scan
-- finds a page marked all-visible, and autovacuum, woken by the bulk insert, scans these tables
-- while the load tests run.
VACUUM ANALYZE person;
VACUUM ANALYZE ticket;
VACUUM ANALYZE ticket_event;
VACUUM ANALYZE sla_ticket;
VACUUM ANALYZE sla_clock;
