package org.tierdesk.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShiftableClockTest {

  static final Instant BASE = Instant.parse("2027-01-06T11:30:00.123456789Z");

  final ShiftableClock clock = new ShiftableClock(Clock.fixed(BASE, ZoneOffset.UTC));

  @Test
  void tellsTimeInTheMicrosecondsTheDatabaseKeeps() {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-06T11:30:00.123456Z"));
  }

  @Test
  void movesForwardAndBackToRealTime() {
    clock.shift(Duration.ofHours(3));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-06T14:30:00.123456Z"));
    assertThat(clock.offset()).isEqualTo(Duration.ofHours(3));

    clock.reset();
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-06T11:30:00.123456Z"));
  }

  @Test
  void neverMovesBack() {
    assertThatThrownBy(() -> clock.shift(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
