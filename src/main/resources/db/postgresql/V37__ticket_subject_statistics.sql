-- PostgreSQL guesses how many tickets a subject search matches from a sample of the subjects: the
-- statistics of the trigram index's expression, by default a histogram of 100 subjects. A word in
-- one ticket of 60 was missing from it half the time and then guessed at 100 matches, so the page
-- was read by gathering every match through the trigram index and sorting them (17,567 tickets,
-- 127 ms at 1,000,000) instead of walking the update-time index to the 20 newest (1.5 ms). With
-- 1,000 subjects in the histogram, words in more than one ticket of 200 are practically always
-- seen. Rare words may be seen by chance and guessed too frequent; TicketSearch reads the page of a
-- search with at most 1,000 matches without the database's choice (BENCHMARKS.md, 2026-12-05).
ALTER INDEX ix_ticket_subject_trgm ALTER COLUMN 1 SET STATISTICS 1000;
ANALYZE ticket;
