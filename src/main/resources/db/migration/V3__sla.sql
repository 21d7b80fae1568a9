-- SLA engine: business calendars, ordered policies, one clock per ticket and metric, the events
-- the sweep fired (exactly once, by a unique key), and the notifications its actions send.
-- Also two small additions to other components that SLA conditions and actions need: the VIP flag
-- of a person (directory) and the leads of a support line (routing). Organisations do not exist
-- yet, so neither calendars nor policies can refer to them.
-- Portable between H2 2.x and PostgreSQL 15; sequences as in V1 (INCREMENT BY 50, start at 50).

-- Directory: requesters whose tickets SLA policies may treat differently.
ALTER TABLE person ADD COLUMN vip BOOLEAN DEFAULT FALSE NOT NULL;

-- Routing: who leads a line (SLA warnings and breaches can notify them). None are seeded.
CREATE TABLE support_line_lead (
    line_id   BIGINT NOT NULL REFERENCES support_line (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (line_id, person_id)
);
CREATE INDEX ix_support_line_lead_person ON support_line_lead (person_id);

-- Notifications: a message (bundle key + arguments) for one person, shown from deliver_after on.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id            BIGINT        NOT NULL PRIMARY KEY,
    recipient_id  BIGINT        NOT NULL REFERENCES person (id),
    ticket_id     BIGINT REFERENCES ticket (id),
    message_key   VARCHAR(100)  NOT NULL,
    message_args  VARCHAR(2000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    deliver_after TIMESTAMP     NOT NULL,
    read_at       TIMESTAMP
);
-- A person's unread notifications that are due, newest first.
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, deliver_after);
CREATE INDEX ix_notification_ticket ON notification (ticket_id);

-- Business calendars: a zone, weekly working slots at minute precision and holidays.
-- A deleted calendar is kept (deleted_at) because clocks and reports still refer to it.
CREATE SEQUENCE sla_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_calendar (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    zone_id    VARCHAR(60)  NOT NULL,
    deleted_at TIMESTAMP,
    version    BIGINT       NOT NULL
);
CREATE INDEX ix_sla_calendar_name ON sla_calendar (deleted_at, name);

-- A working slot starts on week_day (MONDAY..SUNDAY) at start_minute and may run past midnight.
CREATE TABLE sla_calendar_slot (
    calendar_id    BIGINT      NOT NULL REFERENCES sla_calendar (id),
    week_day       VARCHAR(9)  NOT NULL,
    start_minute   INT         NOT NULL,
    length_minutes INT         NOT NULL,
    PRIMARY KEY (calendar_id, week_day, start_minute)
);

-- A holiday: one date, or that month and day every year (yearly); the whole day (0-1440) or part.
CREATE SEQUENCE sla_holiday_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_holiday (
    id               BIGINT       NOT NULL PRIMARY KEY,
    calendar_id      BIGINT       NOT NULL REFERENCES sla_calendar (id),
    holiday_date     DATE         NOT NULL,
    yearly           BOOLEAN      NOT NULL,
    off_from_minute  INT          NOT NULL,
    off_until_minute INT          NOT NULL,
    name             VARCHAR(200)
);
CREATE INDEX ix_sla_holiday_calendar ON sla_holiday (calendar_id, holiday_date);

-- The calendar of a support line, used by policies that name no calendar of their own.
CREATE TABLE sla_line_calendar (
    line_id     BIGINT NOT NULL PRIMARY KEY REFERENCES support_line (id),
    calendar_id BIGINT NOT NULL REFERENCES sla_calendar (id),
    version     BIGINT NOT NULL
);
CREATE INDEX ix_sla_line_calendar_calendar ON sla_line_calendar (calendar_id);

-- Policies, tried in rank order; the first whose conditions all hold wins, the fallback (exactly
-- one, never deleted) when none does. An empty condition set matches anything. Targets are
-- business minutes. Deleted policies are kept (deleted_at) for the clocks and reports of the past.
CREATE SEQUENCE sla_policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_policy (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    policy_rank            INT          NOT NULL,
    fallback               BOOLEAN      NOT NULL,
    requester_vip          BOOLEAN,
    first_response_minutes INT          NOT NULL,
    next_response_minutes  INT          NOT NULL,
    resolution_minutes     INT          NOT NULL,
    warning_percent        INT          NOT NULL,
    calendar_id            BIGINT REFERENCES sla_calendar (id),
    deleted_at             TIMESTAMP,
    version                BIGINT       NOT NULL
);
CREATE INDEX ix_sla_policy_rank ON sla_policy (deleted_at, fallback, policy_rank);
CREATE INDEX ix_sla_policy_calendar ON sla_policy (calendar_id);

CREATE TABLE sla_policy_priority (
    policy_id BIGINT      NOT NULL REFERENCES sla_policy (id),
    priority  VARCHAR(20) NOT NULL,
    PRIMARY KEY (policy_id, priority)
);
CREATE TABLE sla_policy_category (
    policy_id   BIGINT NOT NULL REFERENCES sla_policy (id),
    category_id BIGINT NOT NULL REFERENCES category (id),
    PRIMARY KEY (policy_id, category_id)
);
CREATE INDEX ix_sla_policy_category_category ON sla_policy_category (category_id);
CREATE TABLE sla_policy_line (
    policy_id BIGINT NOT NULL REFERENCES sla_policy (id),
    line_id   BIGINT NOT NULL REFERENCES support_line (id),
    PRIMARY KEY (policy_id, line_id)
);
CREATE INDEX ix_sla_policy_line_line ON sla_policy_line (line_id);
CREATE TABLE sla_policy_channel (
    policy_id BIGINT      NOT NULL REFERENCES sla_policy (id),
    channel   VARCHAR(20) NOT NULL,
    PRIMARY KEY (policy_id, channel)
);
-- Ticket statuses in which the policy's clocks stand still.
CREATE TABLE sla_policy_pause_status (
    policy_id BIGINT      NOT NULL REFERENCES sla_policy (id),
    status    VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, status)
);
-- Support activities that count as the first response (PUBLIC_REPLY, STATUS_CHANGE, ASSIGNMENT).
CREATE TABLE sla_policy_first_response (
    policy_id  BIGINT      NOT NULL REFERENCES sla_policy (id),
    event_kind VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, event_kind)
);
CREATE TABLE sla_policy_warning_action (
    policy_id BIGINT      NOT NULL REFERENCES sla_policy (id),
    action    VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, action)
);
CREATE TABLE sla_policy_breach_action (
    policy_id BIGINT      NOT NULL REFERENCES sla_policy (id),
    action    VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, action)
);

-- What the SLA engine knows of a ticket: the facts policies match on, the policy and calendar in
-- force (calendar NULL: around the clock). Written in the same transaction as each ticket change,
-- so that a policy or calendar edit can re-select policies without touching the ticket rows.
CREATE TABLE sla_ticket (
    ticket_id     BIGINT      NOT NULL PRIMARY KEY REFERENCES ticket (id),
    policy_id     BIGINT      NOT NULL REFERENCES sla_policy (id),
    calendar_id   BIGINT REFERENCES sla_calendar (id),
    status        VARCHAR(30) NOT NULL,
    priority      VARCHAR(20) NOT NULL,
    category_id   BIGINT REFERENCES category (id),
    line_id       BIGINT      NOT NULL REFERENCES support_line (id),
    channel       VARCHAR(20) NOT NULL,
    requester_vip BOOLEAN     NOT NULL,
    active        BOOLEAN     NOT NULL,
    version       BIGINT      NOT NULL
);
-- Recomputation walks the open tickets of a policy, a calendar, a line, or all, in id batches.
CREATE INDEX ix_sla_ticket_active ON sla_ticket (active, ticket_id);
CREATE INDEX ix_sla_ticket_policy ON sla_ticket (policy_id, active, ticket_id);
CREATE INDEX ix_sla_ticket_calendar ON sla_ticket (calendar_id, active, ticket_id);
CREATE INDEX ix_sla_ticket_line ON sla_ticket (line_id, active, ticket_id);

-- One clock per ticket and metric (FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION).
-- state: RUNNING and PAUSED before the deadline, MET when done in time, BREACHED once the deadline
-- passed (a breached clock still counts business time until it is done, for reports).
-- consumed_ms is the business time used up to running_since (NULL while not counting);
-- next_check_at is the nearest warning or deadline still to fire, set only while RUNNING.
-- cycle_no counts restarts (each requester message starts a new next-response cycle).
CREATE SEQUENCE sla_clock_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_clock (
    id              BIGINT      NOT NULL PRIMARY KEY,
    ticket_id       BIGINT      NOT NULL REFERENCES ticket (id),
    metric          VARCHAR(20) NOT NULL,
    state           VARCHAR(10) NOT NULL,
    policy_id       BIGINT      NOT NULL REFERENCES sla_policy (id),
    target_minutes  INT         NOT NULL,
    warning_percent INT         NOT NULL,
    cycle_no        INT         NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    running_since   TIMESTAMP,
    paused_at       TIMESTAMP,
    consumed_ms     BIGINT      NOT NULL,
    due_at          TIMESTAMP,
    warn_at         TIMESTAMP,
    next_check_at   TIMESTAMP,
    warned_at       TIMESTAMP,
    breached_at     TIMESTAMP,
    completed_at    TIMESTAMP,
    version         BIGINT      NOT NULL,
    CONSTRAINT uq_sla_clock_ticket_metric UNIQUE (ticket_id, metric)
);
-- The sweep: due clocks in deadline order, found (and their ids read) from the index alone, so
-- its cost grows with the number of due clocks, not with the number of open tickets.
CREATE INDEX ix_sla_clock_due ON sla_clock (state, next_check_at, id);
-- "Breaching soon": running clocks by deadline; open breached clocks by deadline.
CREATE INDEX ix_sla_clock_state_due ON sla_clock (state, due_at);
CREATE INDEX ix_sla_clock_breached ON sla_clock (state, completed_at, due_at);
CREATE INDEX ix_sla_clock_policy ON sla_clock (policy_id);

-- When a clock stood still (paused_to NULL: still paused).
CREATE SEQUENCE sla_clock_pause_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_clock_pause (
    id          BIGINT    NOT NULL PRIMARY KEY,
    clock_id    BIGINT    NOT NULL REFERENCES sla_clock (id),
    cycle_no    INT       NOT NULL,
    paused_from TIMESTAMP NOT NULL,
    paused_to   TIMESTAMP
);
CREATE INDEX ix_sla_clock_pause_clock ON sla_clock_pause (clock_id, paused_from);

-- Each warning and breach, once: the unique key (clock, cycle, kind) is the last guard against a
-- second firing by another node. actions_pending marks actions not yet run (an outbox: they run
-- in their own transaction right after, or in the next sweep after a crash).
CREATE SEQUENCE sla_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sla_event (
    id              BIGINT      NOT NULL PRIMARY KEY,
    clock_id        BIGINT      NOT NULL REFERENCES sla_clock (id),
    ticket_id       BIGINT      NOT NULL REFERENCES ticket (id),
    metric          VARCHAR(20) NOT NULL,
    cycle_no        INT         NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    policy_id       BIGINT      NOT NULL REFERENCES sla_policy (id),
    due_at          TIMESTAMP   NOT NULL,
    fired_at        TIMESTAMP   NOT NULL,
    fired_by        VARCHAR(20) NOT NULL,
    actions_pending BOOLEAN     NOT NULL,
    action_attempts INT         NOT NULL,
    actions_done_at TIMESTAMP,
    CONSTRAINT uq_sla_event_key UNIQUE (clock_id, cycle_no, kind)
);
CREATE INDEX ix_sla_event_pending ON sla_event (actions_pending, id);
CREATE INDEX ix_sla_event_ticket ON sla_event (ticket_id, fired_at);

-- Seed: a 24x7 calendar and business hours in Moscow, Monday to Friday 09:00-18:00.
INSERT INTO sla_calendar (id, name, zone_id, deleted_at, version) VALUES
    (1, '24x7', 'UTC', NULL, 0),
    (2, 'Business hours Mon-Fri 09:00-18:00 Europe/Moscow', 'Europe/Moscow', NULL, 0);
INSERT INTO sla_calendar_slot (calendar_id, week_day, start_minute, length_minutes) VALUES
    (1, 'MONDAY', 0, 1440), (1, 'TUESDAY', 0, 1440), (1, 'WEDNESDAY', 0, 1440),
    (1, 'THURSDAY', 0, 1440), (1, 'FRIDAY', 0, 1440), (1, 'SATURDAY', 0, 1440),
    (1, 'SUNDAY', 0, 1440),
    (2, 'MONDAY', 540, 540), (2, 'TUESDAY', 540, 540), (2, 'WEDNESDAY', 540, 540),
    (2, 'THURSDAY', 540, 540), (2, 'FRIDAY', 540, 540);

-- Seed policies on business hours. Urgent tickets that breach move to the next line; the others
-- notify the assignee and the line's leads.
INSERT INTO sla_policy (id, name, policy_rank, fallback, requester_vip, first_response_minutes,
                        next_response_minutes, resolution_minutes, warning_percent, calendar_id,
                        deleted_at, version) VALUES
    (1, 'Urgent', 10, FALSE, NULL, 60, 240, 480, 75, 2, NULL, 0),
    (2, 'High', 20, FALSE, NULL, 240, 480, 960, 80, 2, NULL, 0),
    (3, 'Normal', 30, FALSE, NULL, 480, 480, 1440, 80, 2, NULL, 0),
    (4, 'Standard (fallback)', 1000, TRUE, NULL, 960, 960, 2400, 80, 2, NULL, 0);
INSERT INTO sla_policy_priority (policy_id, priority) VALUES
    (1, 'URGENT'), (2, 'HIGH'), (3, 'NORMAL');
INSERT INTO sla_policy_pause_status (policy_id, status) VALUES
    (1, 'WAITING_FOR_REQUESTER'), (2, 'WAITING_FOR_REQUESTER'), (3, 'WAITING_FOR_REQUESTER'),
    (4, 'WAITING_FOR_REQUESTER');
INSERT INTO sla_policy_first_response (policy_id, event_kind) VALUES
    (1, 'PUBLIC_REPLY'), (2, 'PUBLIC_REPLY'), (3, 'PUBLIC_REPLY'), (4, 'PUBLIC_REPLY');
INSERT INTO sla_policy_warning_action (policy_id, action) VALUES
    (1, 'NOTIFY_ASSIGNEE'), (1, 'NOTIFY_LINE_LEADS'), (2, 'NOTIFY_ASSIGNEE'),
    (3, 'NOTIFY_ASSIGNEE'), (4, 'NOTIFY_ASSIGNEE');
INSERT INTO sla_policy_breach_action (policy_id, action) VALUES
    (1, 'NOTIFY_ASSIGNEE'), (1, 'NOTIFY_LINE_LEADS'), (1, 'ESCALATE_TO_NEXT_LINE'),
    (2, 'NOTIFY_ASSIGNEE'), (2, 'NOTIFY_LINE_LEADS'),
    (3, 'NOTIFY_ASSIGNEE'), (3, 'NOTIFY_LINE_LEADS'),
    (4, 'NOTIFY_ASSIGNEE');

ALTER SEQUENCE sla_calendar_seq RESTART WITH 150;
ALTER SEQUENCE sla_policy_seq RESTART WITH 150;
