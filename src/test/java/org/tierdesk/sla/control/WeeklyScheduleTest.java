package org.tierdesk.sla.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

  private static WorkingSlot slot(String text) {
    return WorkingSlot.parse(text);
  }

  @Test
  void keepsSeveralSlotsPerDaySortedByStart() {
    WeeklySchedule week =
        new WeeklySchedule(Map.of(MONDAY, List.of(slot("14:00-18:00"), slot("09:00-13:00"))));

    assertThat(week.slotsOn(MONDAY)).containsExactly(slot("09:00-13:00"), slot("14:00-18:00"));
    assertThat(week.slotsOn(TUESDAY)).isEmpty();
  }

  @Test
  void slotsThatOnlyTouchDoNotOverlap() {
    WeeklySchedule week =
        new WeeklySchedule(
            Map.of(
                MONDAY, List.of(slot("09:00-13:00"), slot("13:00-18:00"), slot("18:00-06:00")),
                TUESDAY, List.of(slot("06:00-10:00"))));

    assertThat(week.slotsOn(MONDAY)).hasSize(3);
  }

  @Test
  void rejectsOverlappingSlotsOfTheSameDay() {
    Map<DayOfWeek, List<WorkingSlot>> slots =
        Map.of(TUESDAY, List.of(slot("09:00-13:00"), slot("12:59-18:00")));

    assertThatThrownBy(() -> new WeeklySchedule(slots))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Overlapping working slots: TUESDAY 09:00-13:00 and TUESDAY 12:59-18:00");
  }

  @Test
  void rejectsAnEarlierPastMidnightSlotThatCoversALaterOne() {
    Map<DayOfWeek, List<WorkingSlot>> slots =
        Map.of(MONDAY, List.of(slot("20:00-02:00"), slot("22:00-23:00")));

    assertThatThrownBy(() -> new WeeklySchedule(slots))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONDAY 20:00-02:00 and MONDAY 22:00-23:00");
  }

  @Test
  void rejectsAPastMidnightSlotRunningIntoTheNextDaysSlot() {
    Map<DayOfWeek, List<WorkingSlot>> slots =
        Map.of(MONDAY, List.of(slot("22:00-06:00")), TUESDAY, List.of(slot("05:30-09:00")));

    assertThatThrownBy(() -> new WeeklySchedule(slots))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Overlapping working slots: MONDAY 22:00-06:00 and TUESDAY 05:30-09:00");
  }

  @Test
  void sundayNightRunsIntoMonday() {
    Map<DayOfWeek, List<WorkingSlot>> slots =
        Map.of(SUNDAY, List.of(slot("23:00-01:00")), MONDAY, List.of(slot("00:00-08:00")));

    assertThatThrownBy(() -> new WeeklySchedule(slots))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SUNDAY 23:00-01:00 and MONDAY 00:00-08:00");
  }

  @Test
  void pastMidnightSlotMayEndWhereTheNextDayBegins() {
    WeeklySchedule week =
        new WeeklySchedule(
            Map.of(SATURDAY, List.of(slot("22:00-06:00")), SUNDAY, List.of(slot("06:00-12:00"))));

    assertThat(week.slotsOn(SATURDAY)).containsExactly(slot("22:00-06:00"));
  }

  @Test
  void allDayIsEveryDayAroundTheClock() {
    WeeklySchedule week = WeeklySchedule.allDay();

    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(week.slotsOn(day)).containsExactly(slot("00:00-24:00"));
    }
    assertThat(week.isEmpty()).isFalse();
  }

  @Test
  void emptyScheduleHasNoWorkingTime() {
    assertThat(WeeklySchedule.empty().isEmpty()).isTrue();
    assertThat(new WeeklySchedule(Map.of(MONDAY, List.of())).isEmpty()).isTrue();
    assertThat(new WeeklySchedule(Map.of(MONDAY, List.of()))).isEqualTo(WeeklySchedule.empty());
  }

  @Test
  void mondayToFridayRepeatsTheSlotsOnWorkdaysOnly() {
    WeeklySchedule week = WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00");

    assertThat(week.slotsOn(MONDAY)).containsExactly(slot("09:00-13:00"), slot("14:00-18:00"));
    assertThat(week.slotsOn(FRIDAY)).containsExactly(slot("09:00-13:00"), slot("14:00-18:00"));
    assertThat(week.slotsOn(SATURDAY)).isEmpty();
    assertThat(week.slotsOn(SUNDAY)).isEmpty();
    assertThat(week.slots()).hasSize(5);
  }

  @Test
  void isAnImmutableCopy() {
    Map<DayOfWeek, List<WorkingSlot>> slots = new EnumMap<>(DayOfWeek.class);
    List<WorkingSlot> monday = new ArrayList<>(List.of(slot("09:00-13:00")));
    slots.put(MONDAY, monday);
    WeeklySchedule week = new WeeklySchedule(slots);

    monday.add(slot("14:00-18:00"));
    slots.put(TUESDAY, List.of(slot("09:00-13:00")));

    assertThat(week.slotsOn(MONDAY)).containsExactly(slot("09:00-13:00"));
    assertThat(week.slotsOn(TUESDAY)).isEmpty();
    assertThat(week.slots()).isUnmodifiable();
    assertThat(week.slotsOn(MONDAY)).isUnmodifiable();
  }

  @Test
  void equalSchedulesAreEqualWhateverTheOrderOfSlots() {
    WeeklySchedule a =
        new WeeklySchedule(Map.of(MONDAY, List.of(slot("14:00-18:00"), slot("09:00-13:00"))));
    WeeklySchedule b =
        new WeeklySchedule(Map.of(MONDAY, List.of(slot("09:00-13:00"), slot("14:00-18:00"))));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
