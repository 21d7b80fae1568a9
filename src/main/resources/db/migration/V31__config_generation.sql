-- One counter that every change to routing or SLA configuration (rules, queues, lines, categories,
-- agent profiles, policies, calendars, organisation units) moves on in the change's transaction.
-- Each node keeps what ticket creation reads of that configuration in memory and reads this row
-- (a primary-key look-up) once per transaction to know whether any node changed it since.
CREATE TABLE config_generation (
  id INT PRIMARY KEY,
  generation BIGINT NOT NULL
);
INSERT INTO config_generation (id, generation) VALUES (1, 0);
