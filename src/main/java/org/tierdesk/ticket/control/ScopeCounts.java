package org.tierdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketChanged;

/**
 * The open-ticket counts of the agent console's views, kept on this node for a few seconds. Every
 * agent page shows four of them in its menu, and a view of a line with many open tickets costs a
 * bounded count of up to 1,001 rows on every page otherwise. An entry is keyed by the view's scope
 * (an agent, a set of queues or of lines), not by the agent who asked, so the agents of one line
 * share the line's counts.
 *
 * <p>A ticket change committed on this node makes every entry stale at once, so an agent who has
 * just taken, escalated or created a ticket sees the menu follow; a change committed on another
 * node of a cluster shows here at most {@link #TTL} later.
 *
 * <p>A scope is counted by one request at a time: pages that need the same count while it is being
 * made wait for it instead of counting too, so a count that expires while many pages are being
 * served costs one query, not one per page.
 */
@ApplicationScoped
public class ScopeCounts {

  /** How long a count is shown without a change on this node. */
  public static final Duration TTL = Duration.ofSeconds(5);

  /** More scopes than this and the oldest are not worth keeping: the map starts over. */
  static final int MAX_ENTRIES = 10_000;

  /** A count made or being made, under the generation and at the time read before it started. */
  private record Entry(CompletableFuture<Page.Count> count, long generation, long countedAt) {}

  private final Map<TicketSearch.Within, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final LongSupplier nanoTime;

  public ScopeCounts() {
    this(System::nanoTime);
  }

  ScopeCounts(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * The scope's count: the one kept (or being made) if it was started less than {@link #TTL} ago
   * and no ticket changed on this node since, else what {@code counter} counts now (and is kept).
   * If the request counting for others fails, one of those who waited counts for the rest.
   */
  public Page.Count count(
      TicketSearch.Within scope, Function<TicketSearch.Within, Page.Count> counter) {
    long current = generation.get();
    long now = nanoTime.getAsLong();
    Entry mine = new Entry(new CompletableFuture<>(), current, now);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    // Counted under the generation read before the query: a change committed meanwhile has moved
    // the generation on, so this entry is already stale for the next caller.
    Entry chosen = entries.compute(scope, (key, kept) -> usable(kept, current, now) ? kept : mine);
    if (chosen != mine) {
      try {
        return chosen.count().join();
      } catch (CompletionException | CancellationException failed) {
        // The failed entry is gone: the next of those who waited counts, the others wait again.
        return count(scope, counter);
      }
    }
    try {
      Page.Count count = counter.apply(scope);
      mine.count().complete(count);
      return count;
    } catch (RuntimeException | Error failed) {
      entries.remove(scope, mine);
      mine.count().completeExceptionally(failed);
      throw failed;
    }
  }

  private static boolean usable(Entry kept, long current, long now) {
    return kept != null && kept.generation() == current && now - kept.countedAt() < TTL.toNanos();
  }

  /** After the commit, so that no count made before it is kept as current. */
  void ticketChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
    generation.incrementAndGet();
  }
}
