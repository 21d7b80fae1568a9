package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {

  private static final Instant NINE = Instant.parse("2027-01-04T09:00:00Z");
  private static final Instant TEN = Instant.parse("2027-01-04T10:00:00Z");

  @Test
  void isHalfOpen() {
    TimeInterval interval = new TimeInterval(NINE, TEN);

    assertThat(interval.contains(NINE)).isTrue();
    assertThat(interval.contains(TEN.minusNanos(1))).isTrue();
    assertThat(interval.contains(TEN)).isFalse();
    assertThat(interval.contains(NINE.minusNanos(1))).isFalse();
    assertThat(interval.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void mustEndAfterItStarts() {
    assertThatThrownBy(() -> new TimeInterval(TEN, NINE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeInterval(NINE, NINE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openEndedRunsToTheEndOfTime() {
    assertThat(TimeInterval.openEnded(NINE).to()).isEqualTo(Instant.MAX);
    assertThat(TimeInterval.openEnded(NINE).contains(Instant.parse("9999-12-31T23:59:59Z")))
        .isTrue();
  }
}
