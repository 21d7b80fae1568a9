package org.tierdesk.sla.control;

import java.time.Duration;
import java.time.Instant;

/** Short literals for the calendar tests; every expected instant is written in UTC. */
final class TestTimes {

  private TestTimes() {}

  static Instant utc(String text) {
    return Instant.parse(text);
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  static TimeInterval interval(String from, String to) {
    return new TimeInterval(utc(from), utc(to));
  }
}
