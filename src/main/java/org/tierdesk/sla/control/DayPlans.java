package org.tierdesk.sla.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes and remembers the {@link DayPlan} of each local date for one calendar.
 *
 * <p>Every boundary is a local date-time resolved with {@link ZonedDateTime#of(LocalDateTime,
 * ZoneId)}: a time in a DST gap moves forward by the length of the gap, a time in an overlap takes
 * the earlier offset. A slot therefore lasts its nominal length in real time unless a transition
 * falls inside it. A day's plan collects the parts of the slots of that day and of the two days
 * before (past-midnight slots, and boundaries pushed across midnight by a gap) that lie inside the
 * day, merges them, and cuts out the day's holidays.
 */
final class DayPlans {

  /**
   * Plans are pure functions of the date, so they are memoized in a direct-mapped table: 2048 days
   * (5.6 years) holds every date that sweeps and benchmarks revisit. Entries are immutable with
   * final fields, so racing threads at worst compute the same plan twice.
   */
  private static final int CACHE_SIZE = 1 << 11;

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
  private static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;
  private static final int NO_FIXED_OFFSET = Integer.MIN_VALUE;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final WeeklySchedule week;
  private final Map<LocalDate, List<Holiday>> oneOffHolidays = new HashMap<>();
  private final Map<MonthDay, List<Holiday>> yearlyHolidays = new HashMap<>();
  private final DayPlan[] cache = new DayPlan[CACHE_SIZE];

  DayPlans(ZoneId zone, WeeklySchedule week, List<Holiday> holidays) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.week = week;
    for (Holiday holiday : holidays) {
      holiday.date().ifPresent(d -> index(oneOffHolidays, d, holiday));
      holiday.yearlyOn().ifPresent(d -> index(yearlyHolidays, d, holiday));
    }
  }

  private static <K> void index(Map<K, List<Holiday>> map, K key, Holiday holiday) {
    map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(holiday);
  }

  DayPlan plan(long epochDay) {
    int slot = (int) (epochDay & (CACHE_SIZE - 1));
    DayPlan plan = cache[slot];
    if (plan == null || plan.epochDay != epochDay) {
      plan = compute(epochDay);
      cache[slot] = plan;
    }
    return plan;
  }

  /** The day whose plan contains the instant (its local date, except around odd transitions). */
  long dayContaining(long nanos) {
    long second = EpochNanos.toEpochSecond(nanos);
    int offset = rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
    long day = Math.floorDiv(second + offset, SECONDS_PER_DAY);
    // A transition at midnight can make the local date differ from the plan's day.
    while (nanos < plan(day).start) {
      day--;
    }
    while (nanos >= plan(day).end) {
      day++;
    }
    return day;
  }

  private DayPlan compute(long epochDay) {
    int offset = offsetAround(epochDay);
    long start = resolve(epochDay, 0, offset);
    long end = resolve(epochDay + 1, 0, offset);
    IntervalBuffer work = new IntervalBuffer();
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    for (int daysBack = 2; daysBack >= 0; daysBack--) {
      long slotDay = epochDay - daysBack;
      for (WorkingSlot slot : week.slotsOn(date.minusDays(daysBack).getDayOfWeek())) {
        long from = resolve(slotDay, slot.startMinute() * NANOS_PER_MINUTE, offset);
        long to = resolve(slotDay, slot.endMinute() * NANOS_PER_MINUTE, offset);
        work.add(Math.max(from, start), Math.min(to, end));
      }
    }
    work.sortAndMerge();
    removeHolidays(date, start, end, offset, work);
    return new DayPlan(epochDay, start, end, work.toArray());
  }

  private void removeHolidays(
      LocalDate date, long start, long end, int offset, IntervalBuffer work) {
    if (work.isEmpty()) {
      return;
    }
    long epochDay = date.toEpochDay();
    for (Holiday holiday : holidaysOn(date)) {
      long from = resolve(epochDay, holiday.offFrom().toNanoOfDay(), offset);
      long until =
          holiday.offUntil().equals(LocalTime.MIDNIGHT)
              ? end
              : resolve(epochDay, holiday.offUntil().toNanoOfDay(), offset);
      // A holiday never reaches beyond its own day, even if a gap pushes its end past midnight.
      work.remove(Math.max(from, start), Math.min(until, end));
    }
  }

  private List<Holiday> holidaysOn(LocalDate date) {
    List<Holiday> oneOff = oneOffHolidays.getOrDefault(date, List.of());
    List<Holiday> yearly =
        yearlyHolidays.isEmpty()
            ? List.of()
            : yearlyHolidays.getOrDefault(MonthDay.from(date), List.of());
    if (yearly.isEmpty()) {
      return oneOff;
    }
    if (oneOff.isEmpty()) {
      return yearly;
    }
    List<Holiday> both = new ArrayList<>(oneOff);
    both.addAll(yearly);
    return both;
  }

  /**
   * The zone's offset throughout the local days {@code epochDay - 2} to {@code epochDay + 2}, or
   * {@link #NO_FIXED_OFFSET} if a transition falls near them. Most days are far from any
   * transition, and there plain arithmetic gives the same instants as {@link ZonedDateTime#of}.
   */
  private int offsetAround(long epochDay) {
    if (rules.isFixedOffset()) {
      return rules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
    // A day of margin on each side covers every possible offset (at most 18 hours).
    Instant from = Instant.ofEpochSecond((epochDay - 3) * SECONDS_PER_DAY);
    ZoneOffsetTransition next = rules.nextTransition(from);
    if (next == null || next.toEpochSecond() > (epochDay + 3) * SECONDS_PER_DAY) {
      return rules.getOffset(from).getTotalSeconds();
    }
    return NO_FIXED_OFFSET;
  }

  /**
   * The instant of a local time, given as a day and nanoseconds after its midnight (may exceed a
   * day).
   */
  private long resolve(long epochDay, long nanoOfDay, int offset) {
    if (offset != NO_FIXED_OFFSET) {
      return epochDay * NANOS_PER_DAY + nanoOfDay - offset * NANOS_PER_SECOND;
    }
    LocalDateTime local = LocalDate.ofEpochDay(epochDay).atStartOfDay().plusNanos(nanoOfDay);
    return EpochNanos.of(ZonedDateTime.of(local, zone));
  }

  /** A small growable list of [from, to) pairs of epoch nanoseconds. */
  private static final class IntervalBuffer {
    private long[] pairs = new long[8];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    /** Adds [from, to) unless it is empty. */
    void add(long from, long to) {
      if (from >= to) {
        return;
      }
      if (size + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[size++] = from;
      pairs[size++] = to;
    }

    /** Sorts by start and joins overlapping or touching pairs. */
    void sortAndMerge() {
      for (int i = 2; i < size; i += 2) {
        long from = pairs[i];
        long to = pairs[i + 1];
        int j = i - 2;
        while (j >= 0 && pairs[j] > from) {
          pairs[j + 2] = pairs[j];
          pairs[j + 3] = pairs[j + 1];
          j -= 2;
        }
        pairs[j + 2] = from;
        pairs[j + 3] = to;
      }
      int merged = 0;
      for (int i = 0; i < size; i += 2) {
        if (merged > 0 && pairs[i] <= pairs[merged - 1]) {
          pairs[merged - 1] = Math.max(pairs[merged - 1], pairs[i + 1]);
        } else {
          pairs[merged++] = pairs[i];
          pairs[merged++] = pairs[i + 1];
        }
      }
      size = merged;
    }

    /** Cuts [from, to) out of the sorted, merged pairs. */
    void remove(long from, long to) {
      if (from >= to) {
        return;
      }
      long[] kept = new long[size + 2];
      int n = 0;
      for (int i = 0; i < size; i += 2) {
        long a = pairs[i];
        long b = pairs[i + 1];
        if (b <= from || a >= to) {
          kept[n++] = a;
          kept[n++] = b;
          continue;
        }
        if (a < from) {
          kept[n++] = a;
          kept[n++] = from;
        }
        if (to < b) {
          kept[n++] = to;
          kept[n++] = b;
        }
      }
      pairs = kept;
      size = n;
    }

    long[] toArray() {
      return Arrays.copyOf(pairs, size);
    }
  }
}
