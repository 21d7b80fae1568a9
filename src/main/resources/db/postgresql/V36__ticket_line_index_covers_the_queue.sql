-- The agent queue of a line (TicketSearch's lines-alone list: open tickets of one line, newest
-- change first) as an index-only scan that stops after the page. With ix_ticket_line_updated on
-- (line_id, updated_at) alone, PostgreSQL had to visit the table for each entry's status, priced
-- that dearly once the tickets lay in the order they arrived, and walked ix_ticket_updated instead,
-- dropping every newer ticket of other lines on the way: 17-19 ms per page for an agent of line 3
-- after a benchmark had opened 80,000 tickets in line 1 (1,000,000 tickets; under 0.1 ms with this
-- index, generic and custom plans alike; BENCHMARKS.md, 2026-12-05). The id completes the list's
-- order, the status is carried for the filter. PostgreSQL only: H2 has no INCLUDE and keeps V1's.
DROP INDEX ix_ticket_line_updated;
CREATE INDEX ix_ticket_line_updated ON ticket (line_id, updated_at, id) INCLUDE (status);
