package org.tierdesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounded counts: exact below the bound, "more than" at it. */
class PageTest {

  @Test
  void aCountThatStopsShortOfTheBoundIsExact() {
    assertThat(Page.count(0, 1001)).isEqualTo(new Page.Count(0, true));
    assertThat(Page.count(1000, 1001)).isEqualTo(new Page.Count(1000, true));
  }

  @Test
  void aCountThatReachesTheBoundSaysMoreThanOneLess() {
    assertThat(Page.count(1001, 1001)).isEqualTo(new Page.Count(1000, false));
  }

  @Test
  void aPageWithoutABoundIsExact() {
    assertThat(new Page<>(List.of("a"), 1).exact()).isTrue();
  }
}
