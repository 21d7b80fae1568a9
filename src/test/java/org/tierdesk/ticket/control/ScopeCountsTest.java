package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.persistence.Page;

/** The agent menu's counts: kept per scope for a few seconds, dropped by a change on this node. */
class ScopeCountsTest {

  private static final TicketSearch.Within LINE_ONE_UNASSIGNED =
      new TicketSearch.Within(null, null, List.of(1L), true, false);
  private static final TicketSearch.Within MINE =
      new TicketSearch.Within(42L, null, null, false, false);

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final ScopeCounts counts = new ScopeCounts(nanos::get);
  private final List<TicketSearch.Within> counted = new ArrayList<>();
  private long found = 7;

  private final Function<TicketSearch.Within, Page.Count> database =
      scope -> {
        counted.add(scope);
        return new Page.Count(found, true);
      };

  @Test
  void aScopeIsCountedOnceWithinTheTimeToLive() {
    Page.Count first = counts.count(LINE_ONE_UNASSIGNED, database);
    found = 8;
    nanos.addAndGet(ScopeCounts.TTL.toNanos() - 1);
    Page.Count again = counts.count(LINE_ONE_UNASSIGNED, database);

    assertThat(first).isEqualTo(new Page.Count(7, true));
    assertThat(again).isEqualTo(first);
    assertThat(counted).containsExactly(LINE_ONE_UNASSIGNED);
  }

  @Test
  void agentsOfTheSameLinesShareTheCountAndOtherScopesAreCountedApart() {
    counts.count(LINE_ONE_UNASSIGNED, database);
    counts.count(new TicketSearch.Within(null, null, List.of(1L), true, false), database);
    counts.count(MINE, database);
    counts.count(new TicketSearch.Within(null, null, List.of(1L), false, true), database);

    assertThat(counted)
        .containsExactly(
            LINE_ONE_UNASSIGNED,
            MINE,
            new TicketSearch.Within(null, null, List.of(1L), false, true));
  }

  @Test
  void anOldCountIsCountedAgain() {
    counts.count(MINE, database);
    found = 9;
    nanos.addAndGet(ScopeCounts.TTL.toNanos());

    assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(9, true));
    assertThat(counted).containsExactly(MINE, MINE);
  }

  @Test
  void aTicketChangeOnThisNodeMakesEveryCountStale() {
    counts.count(MINE, database);
    counts.count(LINE_ONE_UNASSIGNED, database);
    found = 3;
    counts.ticketChanged(null);

    assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(3, true));
    assertThat(counts.count(LINE_ONE_UNASSIGNED, database)).isEqualTo(new Page.Count(3, true));
    assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(3, true));
    assertThat(counted).containsExactly(MINE, LINE_ONE_UNASSIGNED, MINE, LINE_ONE_UNASSIGNED);
  }

  @Test
  void aCountMadeWhileATicketChangedIsNotKeptAsCurrent() {
    counts.count(
        MINE,
        scope -> {
          counts.ticketChanged(null);
          return database.apply(scope);
        });

    counts.count(MINE, database);
    counts.count(MINE, database);

    assertThat(counted).as("counted again once, then kept").containsExactly(MINE, MINE);
  }
}
