package org.tierdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * served costs one query, not one per page. A page waits at most {@link #MAX_WAIT} for another's
 * count: a count that takes longer than that is stuck or the database is overloaded, and the first
 * page to give up on it counts in its place, for itself and for those who come after.
 */
@ApplicationScoped
public class ScopeCounts {

  /** How long a count is shown without a change on this node. */
  public static final Duration TTL = Duration.ofSeconds(5);

  /**
   * How long a page waits for a count another request is making; a menu count takes milliseconds.
   */
  public static final Duration MAX_WAIT = Duration.ofSeconds(2);

  /** More scopes than this and the oldest are not worth keeping: the map starts over. */
  static final int MAX_ENTRIES = 10_000;

  /** A count made or being made, under the generation and at the time read before it started. */
  private record Entry(CompletableFuture<Page.Count> count, long generation, long countedAt) {}

  private final Map<TicketSearch.Within, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final LongSupplier nanoTime;
  private final Duration maxWait;

  public ScopeCounts() {
    this(System::nanoTime, MAX_WAIT);
  }

  ScopeCounts(LongSupplier nanoTime, Duration maxWait) {
    this.nanoTime = nanoTime;
    this.maxWait = maxWait;
  }

  /**
   * The scope's count: the one kept (or being made) if it was started less than {@link #TTL} ago
   * and no ticket changed on this node since, else what {@code counter} counts now (and is kept).
   * If the request counting for others fails, or has not answered after {@link #MAX_WAIT}, one of
   * those who waited counts for the rest.
   */
  public Page.Count count(
      TicketSearch.Within scope, Function<TicketSearch.Within, Page.Count> counter) {
    Entry givenUp = null;
    while (true) {
      long current = generation.get();
      long now = nanoTime.getAsLong();
      Entry mine = new Entry(new CompletableFuture<>(), current, now);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      // Counted under the generation read before the query: a change committed meanwhile has
      // moved the generation on, so this entry is already stale for the next caller.
      Entry stuck = givenUp;
      Entry chosen =
          entries.compute(
              scope, (key, kept) -> kept != stuck && usable(kept, current, now) ? kept : mine);
      if (chosen == mine) {
        return countFor(scope, counter, mine);
      }
      try {
        return chosen.count().get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException slow) {
        // Replaced by the next round unless another page that gave up on it already did.
        givenUp = chosen;
      } catch (ExecutionException | CancellationException failed) {
        // The failed entry is gone: the next of those who waited counts, the others wait again.
        givenUp = null;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return counter.apply(scope);
      }
    }
  }

  private Page.Count countFor(
      TicketSearch.Within scope, Function<TicketSearch.Within, Page.Count> counter, Entry mine) {
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
