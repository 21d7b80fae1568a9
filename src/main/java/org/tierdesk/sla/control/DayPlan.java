package org.tierdesk.sla.control;

/**
 * The working time of one local calendar day once slots and holidays are applied, in epoch
 * nanoseconds. Consecutive days' plans tile the time line without gaps or overlaps, so walking
 * plans day after day visits every working instant exactly once, in order.
 */
final class DayPlan {

  /** The local date, as {@link java.time.LocalDate#toEpochDay()}. */
  final long epochDay;

  /** The day's first instant: its local 00:00, resolved like every other boundary. */
  final long start;

  /** The next day's first instant (exclusive end of this day). */
  final long end;

  /** Working time as sorted, disjoint, non-touching [from, to) pairs inside [start, end). */
  final long[] work;

  DayPlan(long epochDay, long start, long end, long[] work) {
    this.epochDay = epochDay;
    this.start = start;
    this.end = end;
    this.work = work;
  }

  boolean isWorking(long nanos) {
    for (int i = 0; i < work.length; i += 2) {
      if (nanos < work[i]) {
        return false;
      }
      if (nanos < work[i + 1]) {
        return true;
      }
    }
    return false;
  }
}
