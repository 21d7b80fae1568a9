package org.tierdesk.sla.control;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The regular working hours of a week: for each weekday, zero or more {@link WorkingSlot}s.
 *
 * <p>Slots never overlap, neither within a day nor where a past-midnight slot runs into the next
 * day's first slots (Sunday runs into Monday); overlapping hours are a configuration mistake that
 * would otherwise go unnoticed. Days without slots are left out of {@link #slots()}, and each day's
 * slots are sorted by start, so equal schedules are equal.
 */
public record WeeklySchedule(Map<DayOfWeek, List<WorkingSlot>> slots) {

  private static final int MINUTES_PER_DAY = WorkingSlot.MINUTES_PER_DAY;

  public WeeklySchedule {
    Objects.requireNonNull(slots, "slots");
    EnumMap<DayOfWeek, List<WorkingSlot>> copy = new EnumMap<>(DayOfWeek.class);
    slots.forEach(
        (day, daySlots) -> {
          Objects.requireNonNull(day, "day");
          List<WorkingSlot> sorted = new ArrayList<>(daySlots);
          sorted.sort(Comparator.comparing(WorkingSlot::start));
          if (!sorted.isEmpty()) {
            copy.put(day, List.copyOf(sorted));
          }
        });
    copy.forEach(WeeklySchedule::rejectOverlapWithinDay);
    copy.forEach((day, daySlots) -> rejectOverlapIntoNextDay(day, daySlots, copy));
    slots = Collections.unmodifiableMap(copy);
  }

  /** Around the clock, every day: 24×7. */
  public static WeeklySchedule allDay() {
    return on(EnumSet.allOf(DayOfWeek.class), WorkingSlot.wholeDay());
  }

  /** No working time at all. */
  public static WeeklySchedule empty() {
    return new WeeklySchedule(Map.of());
  }

  /** The same slots on each of the given days, nothing on the others. */
  public static WeeklySchedule on(Set<DayOfWeek> days, WorkingSlot... daySlots) {
    Map<DayOfWeek, List<WorkingSlot>> map = new EnumMap<>(DayOfWeek.class);
    days.forEach(day -> map.put(day, List.of(daySlots)));
    return new WeeklySchedule(map);
  }

  /** The same slots Monday to Friday, given as text such as {@code "09:00-13:00"}. */
  public static WeeklySchedule mondayToFriday(String... daySlots) {
    return on(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Arrays.stream(daySlots).map(WorkingSlot::parse).toArray(WorkingSlot[]::new));
  }

  /** The slots starting on the given day, sorted by start; empty if it is a day off. */
  public List<WorkingSlot> slotsOn(DayOfWeek day) {
    return slots.getOrDefault(day, List.of());
  }

  /** True if no day has any working time. */
  public boolean isEmpty() {
    return slots.isEmpty();
  }

  private static void rejectOverlapWithinDay(DayOfWeek day, List<WorkingSlot> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      WorkingSlot earlier = sorted.get(i - 1);
      WorkingSlot later = sorted.get(i);
      if (earlier.endMinute() > later.startMinute()) {
        throw overlap(day, earlier, day, later);
      }
    }
  }

  private static void rejectOverlapIntoNextDay(
      DayOfWeek day, List<WorkingSlot> daySlots, Map<DayOfWeek, List<WorkingSlot>> all) {
    WorkingSlot last = daySlots.get(daySlots.size() - 1);
    if (!last.endsNextDay()) {
      return;
    }
    DayOfWeek next = day.plus(1);
    int spillEnd = last.endMinute() - MINUTES_PER_DAY;
    for (WorkingSlot slot : all.getOrDefault(next, List.of())) {
      if (slot.startMinute() < spillEnd) {
        throw overlap(day, last, next, slot);
      }
    }
  }

  private static IllegalArgumentException overlap(
      DayOfWeek day, WorkingSlot slot, DayOfWeek otherDay, WorkingSlot other) {
    return new IllegalArgumentException(
        "Overlapping working slots: " + day + " " + slot + " and " + otherDay + " " + other);
  }
}
