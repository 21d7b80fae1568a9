-- Ticket search (LOWER(subject) LIKE '%word%', in any language) served by a trigram index, so that
-- it does not scan every ticket. pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_ticket_subject_trgm ON ticket USING gin (LOWER(subject) gin_trgm_ops);
