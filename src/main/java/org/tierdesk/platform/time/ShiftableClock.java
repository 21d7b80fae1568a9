package org.tierdesk.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A UTC clock that follows a base clock plus an offset. In production the offset stays zero; the
 * test-support endpoint (enabled only by configuration) moves it forward so that deadlines can be
 * reached without waiting.
 */
public final class ShiftableClock extends Clock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  public ShiftableClock(Clock base) {
    this.base = base;
  }

  public void shift(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    offset = offset.plus(amount);
  }

  /**
   * Back to real time. Only test support calls this, when a test class that moved time on leaves
   * the shared test server as it found it for the classes after it.
   */
  public void reset() {
    offset = Duration.ZERO;
  }

  public Duration offset() {
    return offset;
  }

  /**
   * Now, in microseconds: the precision the database keeps. An instant the application computes
   * from it (a due time, a change's time) is then the same before and after it is stored.
   */
  @Override
  public Instant instant() {
    return base.instant().plus(offset).truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the application clock is always UTC");
  }
}
