package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.persistence.Page;

/**
 * The agent menu's counts: kept per scope for a few seconds, dropped by a change on this node,
 * counted by one request at a time, waited for a bounded time.
 */
class ScopeCountsTest {

  private static final TicketSearch.Within LINE_ONE_UNASSIGNED =
      new TicketSearch.Within(null, null, List.of(1L), true, false);
  private static final TicketSearch.Within MINE =
      new TicketSearch.Within(42L, null, null, false, false);

  private static final Duration MAX_WAIT = Duration.ofMillis(200);

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final ScopeCounts counts = new ScopeCounts(nanos::get, MAX_WAIT);
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
    HeldCount slow = new HeldCount(() -> new Page.Count(11, true));
    ExecutorService pages = Executors.newFixedThreadPool(4);
    try {
      Future<Page.Count> first = pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, slow));
      slow.awaitStarted();
      List<Future<Page.Count>> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, slow)));
      }
      Thread.sleep(100);
      assertThat(others).noneMatch(Future::isDone);

      slow.release.countDown();

      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(11, true));
      for (Future<Page.Count> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(11, true));
      }
      assertThat(slow.queries).hasValue(1);
    } finally {
      slow.release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void whenTheCountForOthersFailsOneOfThoseWhoWaitedCountsAndKeepsIt() throws Exception {
    HeldCount failing =
        new HeldCount(
            () -> {
              throw new IllegalStateException("connection lost");
            });
    ExecutorService pages = Executors.newFixedThreadPool(2);
    try {
      Future<Page.Count> first = pages.submit(() -> counts.count(MINE, failing));
      failing.awaitStarted();
      Future<Page.Count> waiting = pages.submit(() -> counts.count(MINE, database));
      Thread.sleep(100);
      assertThat(waiting.isDone()).isFalse();

      failing.release.countDown();

      assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(IllegalStateException.class);
      assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(7, true));
      assertThat(counts.count(MINE, database))
          .as("the failure is not kept, the count that followed it is")
          .isEqualTo(new Page.Count(7, true));
      assertThat(counted).containsExactly(MINE);
    } finally {
      failing.release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void aPageAfterATicketChangeDoesNotWaitForACountStartedBeforeIt() throws Exception {
    HeldCount slow = new HeldCount(() -> new Page.Count(1, true));
    ExecutorService pages = Executors.newSingleThreadExecutor();
    try {
      Future<Page.Count> before = pages.submit(() -> counts.count(MINE, slow));
      slow.awaitStarted();
      counts.ticketChanged(null);

      assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(7, true));
      slow.release.countDown();
      assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(1, true));
      assertThat(counts.count(MINE, database))
          .as("the count started before the change is not kept")
          .isEqualTo(new Page.Count(7, true));
      assertThat(counted).containsExactly(MINE);
    } finally {
      slow.release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void aPageThatWaitedTooLongCountsInsteadAndTheNextPagesTakeItsCount() throws Exception {
    HeldCount stuck = new HeldCount(() -> new Page.Count(1, true));
    ExecutorService pages = Executors.newSingleThreadExecutor();
    try {
      Future<Page.Count> first = pages.submit(() -> counts.count(MINE, stuck));
      stuck.awaitStarted();

      long waiting = System.nanoTime();
      assertThat(counts.count(MINE, database)).isEqualTo(new Page.Count(7, true));
      assertThat(Duration.ofNanos(System.nanoTime() - waiting))
          .as("waited for the stuck count, then counted")
          .isBetween(MAX_WAIT, MAX_WAIT.multipliedBy(10));
      found = 8;
      assertThat(counts.count(MINE, database))
          .as("the next page takes the count made in the stuck one's place, at once")
          .isEqualTo(new Page.Count(7, true));
      assertThat(counted).containsExactly(MINE);

      stuck.release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(1, true));
      assertThat(counts.count(MINE, database))
          .as("the stuck count, answering late, replaces nothing")
          .isEqualTo(new Page.Count(7, true));
      assertThat(stuck.queries).hasValue(1);
    } finally {
      stuck.release.countDown();
      pages.shutdownNow();
    }
  }

  @Test
  void ofThePagesThatGiveUpOnAStuckCountOneCountsAndTheOthersWaitForIt() throws Exception {
    HeldCount stuck = new HeldCount(() -> new Page.Count(1, true));
    HeldCount replacement = new HeldCount(() -> new Page.Count(12, true));
    ExecutorService pages = Executors.newFixedThreadPool(4);
    try {
      pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, stuck));
      stuck.awaitStarted();
      List<Future<Page.Count>> waiting = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        waiting.add(pages.submit(() -> counts.count(LINE_ONE_UNASSIGNED, replacement)));
      }

      replacement.awaitStarted();
      replacement.release.countDown();

      for (Future<Page.Count> page : waiting) {
        assertThat(page.get(5, TimeUnit.SECONDS)).isEqualTo(new Page.Count(12, true));
      }
      assertThat(replacement.queries).as("one page counted for all three").hasValue(1);
    } finally {
      stuck.release.countDown();
      replacement.release.countDown();
      pages.shutdownNow();
    }
  }

  /** A count that says when it has started and answers only when released: a query in flight. */
  private static final class HeldCount implements Function<TicketSearch.Within, Page.Count> {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger queries = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Supplier<Page.Count> answer;

    HeldCount(Supplier<Page.Count> answer) {
      this.answer = answer;
    }

    @Override
    public Page.Count apply(TicketSearch.Within scope) {
      queries.incrementAndGet();
      started.countDown();
      await(release);
      return answer.get();
    }

    void awaitStarted() throws InterruptedException {
      assertThat(started.await(5, TimeUnit.SECONDS)).as("the count started").isTrue();
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
