package org.tierdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Remembers for a short while which subject searches matched more than their count bound, so that
 * the same search asked again says "more than 1,000" without counting again.
 *
 * <p>Why: on PostgreSQL a bounded count of a common word ("printer": one ticket in fourteen) is a
 * sequential scan that stops at the 1,001st match; it read 14,000 to 100,000 tickets and was almost
 * all of a search's database CPU at 1,000,000 tickets, while the answer, "more than 1,000", hardly
 * ever changes: subjects are never edited and tickets never deleted, so a search on the subject
 * alone only gains matches. Other conditions (status, line, an agent's lines) can lose matches; an
 * answer is therefore kept for {@link #KEPT} only, and a list may say "more than 1,000" for that
 * long after it fell to 1,000 or fewer. Exact counts are never remembered: they change with every
 * new match and are cheap where few tickets match (the trigram index finds them).
 *
 * <p>One per node; nothing is shared across a cluster, which at worst costs a count per node.
 */
@ApplicationScoped
public class LongSearches {

  /** How long a "more than" answer is reused. */
  static final Duration KEPT = Duration.ofSeconds(30);

  /** How many searches are remembered at most; the least recently used go first. */
  static final int CAPACITY = 1_000;

  private final LongSupplier nanoTime;

  /** Remembered searches and when each was counted ({@link System#nanoTime()}). */
  private final Map<Object, Long> countedAt =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Long> eldest) {
          return size() > CAPACITY;
        }
      };

  public LongSearches() {
    this(System::nanoTime);
  }

  LongSearches(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * Whether the search (its conditions, parameters and count bound, as one value) matched more than
   * its bound less than {@link #KEPT} ago.
   */
  public synchronized boolean knownLong(Object search) {
    Long at = countedAt.get(search);
    if (at == null) {
      return false;
    }
    if (nanoTime.getAsLong() - at >= KEPT.toNanos()) {
      countedAt.remove(search);
      return false;
    }
    return true;
  }

  /** Notes that the search has just been counted and matched more than its bound. */
  public synchronized void counted(Object search) {
    countedAt.put(search, nanoTime.getAsLong());
  }
}
