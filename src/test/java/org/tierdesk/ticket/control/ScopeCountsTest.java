package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.persistence.Page;

/**
 * The agent menu's counts: kept per scope for a few seconds, dropped by a change on this node,
 * counted by one request at a time.
 */
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

  @Test
  void pagesThatNeedACountBeingMadeWaitForItInsteadOfCountingToo() throws Exception {
    CountDownLatch counting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger queries = new AtomicInteger();
    Function<TicketSearch.Within, Page.Count> slow =
        scope -> {
          queries.incrementAndGet();
          counting.countDown();
          await(release);
          return new Page.Count(11, true);
        };
    ExecutorService pages = Executors.newFixedThreadPool(4);
    try {
      Future<Page.Count> first = pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, slow));
      assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<Page.Count>> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, slow)));
      }
      Thread.sleep(100);
      assertThat(others).noneMatch(Future::isDone);

      release.countDown();

      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(11, true));
      for (Future<Page.Count> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(11, true));
      }
      assertThat(queries).hasValue(1);
    } finally {
      release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void whenTheCountForOthersFailsOneOfThoseWhoWaitedCountsAndKeepsIt() throws Exception {
    CountDownLatch counting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<TicketSearch.Within, Page.Count> failing =
        scope -> {
          counting.countDown();
          await(release);
          throw new IllegalStateException("connection lost");
        };
    ExecutorService pages = Executors.newFixedThreadPool(2);
    try {
      Future<Page.Count> first = pages.submit(() -> counts.count(MINE, failing));
      assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
      Future<Page.Count> waiting = pages.submit(() -> counts.count(MINE, database));
      Thread.sleep(100);
      assertThat(waiting.isDone()).isFalse();

      release.countDown();

      assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(IllegalStateException.class);
      assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(7, true));
      assertThat(counts.count(MINE, database))
          .as("the failure is not kept, the count that followed it is")
          .isEqualTo(new Page.Count(7, true));
      assertThat(counted).containsExactly(MINE);
    } finally {
      release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void aPageAfterATicketChangeDoesNotWaitForACountStartedBeforeIt() throws Exception {
    CountDownLatch counting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<TicketSearch.Within, Page.Count> slow =
        scope -> {
          counting.countDown();
          await(release);
          return new Page.Count(1, true);
        };
    ExecutorService pages = Executors.newSingleThreadExecutor();
    try {
      Future<Page.Count> before = pages.submit(() -> counts.count(MINE, slow));
      assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
      counts.ticketChanged(null);

      assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(7, true));
      release.countDown();
      assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(1, true));
      assertThat(counts.count(MINE, database))
          .as("the count started before the change is not kept")
          .isEqualTo(new Page.Count(7, true));
      assertThat(counted).containsExactly(MINE);
    } finally {
      release.countDown();
      pages.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
