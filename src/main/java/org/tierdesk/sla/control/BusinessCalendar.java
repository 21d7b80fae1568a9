package org.tierdesk.sla.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Business-time arithmetic in one time zone: a {@link WeeklySchedule} of working slots minus {@link
 * Holiday}s, and minus the caller's pauses.
 *
 * <p>Business time is real elapsed time (a difference of instants) inside working intervals. A
 * working interval of a date runs from {@code ZonedDateTime.of(date.atTime(slot.start), zone)} to
 * the local start plus the slot's length, resolved the same way; so in a DST gap a local time moves
 * forward by the length of the gap, and in an overlap it takes the earlier offset. A 09:00-18:00
 * slot is nine real hours, except on the day a transition falls inside it (eight or ten).
 *
 * <p>Holidays work on local calendar days: a whole-day holiday removes [00:00, next 00:00), which
 * also cuts the after-midnight part of the previous day's past-midnight slot, but not the
 * after-midnight part of its own day's slot. Pauses are half-open [from, to) instants; they may
 * overlap each other and may reach into the far future.
 *
 * <p>Instants must lie between 1700 and 2250. The calendar is immutable and thread-safe; it
 * memoizes the working intervals of each date internally.
 */
public final class BusinessCalendar {

  /**
   * How long a search for business time goes on without finding any before it gives up: five years
   * of days, enough for any real schedule and finite for an empty one.
   */
  public static final Duration SEARCH_HORIZON = Duration.ofDays(5 * 366);

  private static final long HORIZON_NANOS = SEARCH_HORIZON.toNanos();
  private static final long[] NO_PAUSES = {};

  private final ZoneId zone;
  private final WeeklySchedule week;
  private final List<Holiday> holidays;
  private final DayPlans plans;

  public BusinessCalendar(ZoneId zone, WeeklySchedule week, List<Holiday> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.week = Objects.requireNonNull(week, "week");
    this.holidays = List.copyOf(holidays);
    this.plans = new DayPlans(zone, week, this.holidays);
  }

  /** Around the clock every day, no holidays (24×7). */
  public static BusinessCalendar allDay(ZoneId zone) {
    return new BusinessCalendar(zone, WeeklySchedule.allDay(), List.of());
  }

  public ZoneId zone() {
    return zone;
  }

  public WeeklySchedule week() {
    return week;
  }

  public List<Holiday> holidays() {
    return holidays;
  }

  /** {@link #addBusinessTime(Instant, Duration, List)} without pauses. */
  public Instant addBusinessTime(Instant start, Duration amount) {
    return addBusinessTime(start, amount, List.of());
  }

  /**
   * The earliest instant at which {@code amount} of business time, not counting pauses, has elapsed
   * since {@code start}.
   *
   * <p>A zero amount is due at {@code start} itself, even outside working time (due immediately).
   * Otherwise counting begins at the first working instant at or after {@code start}, and a target
   * that is used up exactly at the end of a working interval is due at that end (Friday 18:00, not
   * Monday 09:00). {@code businessTimeBetween(start, result, pauses)} equals {@code amount}.
   *
   * @throws IllegalArgumentException if the amount is negative, or an instant is out of range
   * @throws IllegalStateException if no business time can be found within {@link #SEARCH_HORIZON}
   *     (a calendar without working time, or a pause that never ends)
   */
  public Instant addBusinessTime(Instant start, Duration amount, List<TimeInterval> pauses) {
    Objects.requireNonNull(amount, "amount");
    long from = EpochNanos.of(Objects.requireNonNull(start, "start"), "Start");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    long remaining = nanos(amount);
    if (week.isEmpty()) {
      throw noBusinessTime(start);
    }
    WorkingPieces pieces =
        new WorkingPieces(plans, from, merged(pauses), Long.MAX_VALUE, HORIZON_NANOS);
    while (pieces.next()) {
      long length = pieces.pieceEnd - pieces.pieceStart;
      if (length >= remaining) {
        return EpochNanos.toInstant(pieces.pieceStart + remaining);
      }
      remaining -= length;
    }
    throw noBusinessTime(start);
  }

  /** {@link #businessTimeBetween(Instant, Instant, List)} without pauses. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    return businessTimeBetween(from, to, List.of());
  }

  /** Business time elapsed in [from, to), not counting pauses; zero if to is not after from. */
  public Duration businessTimeBetween(Instant from, Instant to, List<TimeInterval> pauses) {
    long start = EpochNanos.of(Objects.requireNonNull(from, "from"), "From");
    long end = EpochNanos.of(Objects.requireNonNull(to, "to"), "To");
    if (end <= start || week.isEmpty()) {
      return Duration.ZERO;
    }
    WorkingPieces pieces =
        new WorkingPieces(plans, start, merged(pauses), end, WorkingPieces.NO_HORIZON);
    long total = 0;
    while (pieces.next()) {
      total += pieces.pieceEnd - pieces.pieceStart;
    }
    return Duration.ofNanos(total);
  }

  /**
   * The first working instant at or after {@code at} (pauses aside): {@code at} itself inside
   * working time, otherwise the start of the next working interval; empty if there is none within
   * {@link #SEARCH_HORIZON}.
   */
  public Optional<Instant> nextWorkingInstant(Instant at) {
    long start = EpochNanos.of(Objects.requireNonNull(at, "at"), "Instant");
    if (week.isEmpty()) {
      return Optional.empty();
    }
    WorkingPieces pieces =
        new WorkingPieces(plans, start, NO_PAUSES, Long.MAX_VALUE, HORIZON_NANOS);
    return pieces.next() ? Optional.of(EpochNanos.toInstant(pieces.pieceStart)) : Optional.empty();
  }

  /** True if {@code at} lies in working time: inside a slot and not in a holiday (pauses aside). */
  public boolean isWorkingTime(Instant at) {
    long nanos = EpochNanos.of(Objects.requireNonNull(at, "at"), "Instant");
    return plans.plan(plans.dayContaining(nanos)).isWorking(nanos);
  }

  /**
   * The working intervals within [from, to), clipped to it, in order; intervals that touch (24×7
   * across midnight) are joined. Handy to show a calendar and to check its DST handling.
   */
  public List<TimeInterval> workingIntervals(Instant from, Instant to) {
    long start = EpochNanos.of(Objects.requireNonNull(from, "from"), "From");
    long end = EpochNanos.of(Objects.requireNonNull(to, "to"), "To");
    List<TimeInterval> intervals = new ArrayList<>();
    if (end <= start || week.isEmpty()) {
      return intervals;
    }
    WorkingPieces pieces =
        new WorkingPieces(plans, start, NO_PAUSES, end, WorkingPieces.NO_HORIZON);
    long openFrom = 0;
    long openTo = Long.MIN_VALUE;
    while (pieces.next()) {
      if (pieces.pieceStart != openTo) {
        addInterval(intervals, openFrom, openTo);
        openFrom = pieces.pieceStart;
      }
      openTo = pieces.pieceEnd;
    }
    addInterval(intervals, openFrom, openTo);
    return intervals;
  }

  private static void addInterval(List<TimeInterval> intervals, long from, long to) {
    if (to != Long.MIN_VALUE) {
      intervals.add(new TimeInterval(EpochNanos.toInstant(from), EpochNanos.toInstant(to)));
    }
  }

  /** Pauses as sorted [from, to) pairs with overlapping or touching pauses joined. */
  private static long[] merged(List<TimeInterval> pauses) {
    if (pauses.isEmpty()) {
      return NO_PAUSES;
    }
    List<TimeInterval> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(TimeInterval::from));
    long[] pairs = new long[sorted.size() * 2];
    int n = 0;
    for (TimeInterval pause : sorted) {
      long from = EpochNanos.saturated(pause.from());
      long to = EpochNanos.saturated(pause.to());
      if (n > 0 && from <= pairs[n - 1]) {
        pairs[n - 1] = Math.max(pairs[n - 1], to);
      } else if (from < to) {
        pairs[n++] = from;
        pairs[n++] = to;
      }
    }
    return n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
  }

  private static long nanos(Duration amount) {
    try {
      return amount.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Business time to add is too large: " + amount, e);
    }
  }

  private IllegalStateException noBusinessTime(Instant start) {
    return new IllegalStateException(
        "No business time within "
            + SEARCH_HORIZON.toDays()
            + " days after "
            + start
            + " in calendar zone "
            + zone
            + ": the schedule has no working time outside holidays, or a pause never ends");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other
        && zone.equals(other.zone)
        && week.equals(other.week)
        && holidays.equals(other.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, week, holidays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + week + ", " + holidays.size() + " holidays]";
  }
}
