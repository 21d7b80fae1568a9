package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The short memory of searches that matched more than their count bound. */
class LongSearchesTest {

  @Test
  void remembersASearchForAWhile() {
    long[] now = {1_000};
    LongSearches searches = new LongSearches(() -> now[0]);

    assertThat(searches.knownLong("printer")).isFalse();
    searches.counted("printer");
    now[0] += LongSearches.KEPT.toNanos() - 1;
    assertThat(searches.knownLong("printer")).isTrue();
    assertThat(searches.knownLong("scanner")).isFalse();
    now[0] += 1;
    assertThat(searches.knownLong("printer")).isFalse();
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    LongSearches searches = new LongSearches(() -> 0);
    for (int i = 0; i < LongSearches.CAPACITY; i++) {
      searches.counted(i);
    }
    assertThat(searches.knownLong(0)).isTrue();

    searches.counted("one more");

    assertThat(searches.knownLong(0)).as("used a moment ago").isTrue();
    assertThat(searches.knownLong(1)).as("the least recently used").isFalse();
    assertThat(searches.knownLong("one more")).isTrue();
  }
}
