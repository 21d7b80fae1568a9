-- The menu's "escalated to my lines" count (open tickets of the agent's lines with an escalation
-- time, up to 1,001 ids) as an index-only scan. PostgreSQL took escalation and line for
-- independent: for line 1, into which nothing escalates, it expected 44,576 matches, read the
-- table from its start to find the first 1,001 and found none, 172-180 ms at 1,000,000 tickets
-- (custom and generic plans alike). Every agent page counts it every 5 s, so line 1's queue page
-- stalled for 0.8 s every 5 s under load (BENCHMARKS.md, 2026-12-05). This index holds escalated
-- tickets only, so that no other list is drawn to it (with the id added to V30's index of all
-- tickets, the count of a line's open tickets read 230,000 closed ones of it, 30 ms); 0.1 ms.
-- PostgreSQL only: H2 has no INCLUDE and keeps V30's.
CREATE INDEX ix_ticket_line_escalated_ids ON ticket (line_id, status) INCLUDE (id)
    WHERE escalated_at IS NOT NULL;
