package org.tierdesk.sla.control;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Instants as nanoseconds since the epoch, so the calendar arithmetic runs on primitive longs
 * without allocating. A long covers 1677 to 2262; the calendar accepts instants between {@link
 * #SUPPORTED_FROM} and {@link #SUPPORTED_UNTIL}, which leaves room for the day plans around them.
 */
final class EpochNanos {

  static final Instant SUPPORTED_FROM = Instant.parse("1700-01-01T00:00:00Z");
  static final Instant SUPPORTED_UNTIL = Instant.parse("2250-01-01T00:00:00Z");
  static final long MAX = exact(SUPPORTED_UNTIL);

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private EpochNanos() {}

  /** The instant in nanoseconds; rejects instants outside the supported range. */
  static long of(Instant instant, String what) {
    if (instant.isBefore(SUPPORTED_FROM) || instant.isAfter(SUPPORTED_UNTIL)) {
      throw new IllegalArgumentException(
          what
              + " "
              + instant
              + " is outside the supported range "
              + SUPPORTED_FROM
              + " to "
              + SUPPORTED_UNTIL);
    }
    return exact(instant);
  }

  /**
   * The instant in nanoseconds, clamped into the long range: pauses may reach to the end of time,
   * and a clamped end lies far beyond every instant the calendar computes with.
   */
  static long saturated(Instant instant) {
    if (instant.isBefore(SUPPORTED_FROM)) {
      return Long.MIN_VALUE;
    }
    return instant.isAfter(SUPPORTED_UNTIL) ? Long.MAX_VALUE : exact(instant);
  }

  static long of(ZonedDateTime dateTime) {
    return dateTime.toEpochSecond() * NANOS_PER_SECOND + dateTime.getNano();
  }

  static Instant toInstant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }

  static long toEpochSecond(long nanos) {
    return Math.floorDiv(nanos, NANOS_PER_SECOND);
  }

  private static long exact(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
  }
}
