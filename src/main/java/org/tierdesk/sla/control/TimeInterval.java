package org.tierdesk.sla.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-open time range [from, to), e.g. a period in which an SLA clock is paused. A pause that
 * has not ended yet is passed as {@link #openEnded(Instant)} (or any far-future {@code to}).
 */
public record TimeInterval(Instant from, Instant to) {

  public TimeInterval {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("Interval must end after it starts: " + from + ", " + to);
    }
  }

  /** From {@code from} until the end of time ({@link Instant#MAX}). */
  public static TimeInterval openEnded(Instant from) {
    return new TimeInterval(from, Instant.MAX);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  public Duration duration() {
    return Duration.between(from, to);
  }
}
