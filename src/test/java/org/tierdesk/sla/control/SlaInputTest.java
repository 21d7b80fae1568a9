package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.errors.InvalidInput;

class SlaInputTest {

  static void assertField(ThrowingCallable reading, String field, String key) {
    assertThatThrownBy(reading)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> {
              assertThat(invalid.field()).isEqualTo(field);
              assertThat(invalid.messageKey()).isEqualTo(key);
            });
  }

  @Nested
  class Zones {

    @Test
    void readsRegionAndOffsetZones() {
      assertThat(SlaInput.zone("zone", " Europe/Moscow ")).isEqualTo(ZoneId.of("Europe/Moscow"));
      assertThat(SlaInput.zone("zone", "UTC")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void namesTheFieldOfAnUnknownOrMissingZone() {
      assertField(
          () -> SlaInput.zone("calendar.zone", "Mars/Olympus"),
          "calendar.zone",
          "sla.zone.invalid");
      assertField(
          () -> SlaInput.zone("calendar.zone", " "), "calendar.zone", "error.field.required");
    }
  }

  @Nested
  class Weeks {

    @Test
    void readsShortAndLongDayNamesWithSeveralSlots() {
      Map<String, List<String>> days = new LinkedHashMap<>();
      days.put("MON", List.of("09:00-13:00", "14:00-18:00"));
      days.put("saturday", List.of("22:00-06:00"));

      WeeklySchedule week = SlaInput.week("week", days);

      assertThat(week.slotsOn(DayOfWeek.MONDAY))
          .extracting(WorkingSlot::format)
          .containsExactly("09:00-13:00", "14:00-18:00");
      assertThat(week.slotsOn(DayOfWeek.SATURDAY))
          .extracting(WorkingSlot::format)
          .containsExactly("22:00-06:00");
    }

    @Test
    void namesTheSlotThatIsWrong() {
      assertField(
          () ->
              SlaInput.week("calendar.week", Map.of("MON", List.of("09:00-13:00", "25:00-18:00"))),
          "calendar.week.MON[1]",
          "sla.slot.invalid");
    }

    @Test
    void namesTheDayThatIsWrong() {
      assertField(
          () -> SlaInput.week("week", Map.of("MOON", List.of("09:00-13:00"))),
          "week.MOON",
          "sla.day.invalid");
    }

    @Test
    void namesTheDayWhoseSlotsOverlap() {
      assertField(
          () -> SlaInput.week("week", Map.of("TUE", List.of("09:00-13:00", "12:00-18:00"))),
          "week.TUE",
          "sla.week.overlap");
    }

    @Test
    void namesTheWeekWhenASlotRunsIntoTheNextDay() {
      Map<String, List<String>> days = new LinkedHashMap<>();
      days.put("MON", List.of("20:00-04:00"));
      days.put("TUE", List.of("03:00-08:00"));

      assertField(() -> SlaInput.week("week", days), "week", "sla.week.overlap");
    }

    @Test
    void refusesAWeekWithoutWorkingTime() {
      assertField(() -> SlaInput.week("week", Map.of()), "week", "sla.week.empty");
      assertField(() -> SlaInput.week("week", Map.of("MON", List.of())), "week", "sla.week.empty");
      assertField(() -> SlaInput.week("week", null), "week", "sla.week.empty");
    }
  }

  @Nested
  class Durations {

    @Test
    void readsIsoDurationsUpToTenYears() {
      assertThat(SlaInput.duration("t", "PT4H")).isEqualTo(Duration.ofHours(4));
      assertThat(SlaInput.duration("t", "PT0S")).isZero();
      assertThat(SlaInput.duration("t", "P3650D")).isEqualTo(SlaInput.MAX_DURATION);
    }

    @Test
    void namesTheFieldOfABadDuration() {
      assertField(
          () -> SlaInput.duration("targets.resolution", "4h"),
          "targets.resolution",
          "sla.duration.invalid");
      assertField(
          () -> SlaInput.duration("targets.resolution", "-PT1H"),
          "targets.resolution",
          "sla.duration.range");
      assertField(
          () -> SlaInput.duration("targets.resolution", "P3651D"),
          "targets.resolution",
          "sla.duration.range");
      assertField(
          () -> SlaInput.duration("targets.resolution", null),
          "targets.resolution",
          "error.field.required");
    }

    @Test
    void policyTargetsAreWholeMinutes() {
      assertThat(SlaInput.wholeMinutes("t", Duration.ofHours(2))).isEqualTo(120);
      assertField(
          () -> SlaInput.wholeMinutes("t", Duration.ofSeconds(90)),
          "t",
          "sla.duration.wholeMinutes");
    }
  }

  @Nested
  class Holidays {

    @Test
    void readsOneOffYearlyAndPartialHolidays() {
      assertThat(SlaInput.holiday("h", "2027-01-07"))
          .isEqualTo(Holiday.on(LocalDate.of(2027, 1, 7)));
      assertThat(SlaInput.holiday("h", "--01-07"))
          .isEqualTo(Holiday.everyYearOn(MonthDay.of(1, 7)));
      assertThat(SlaInput.holiday("h", "2027-12-31 14:00-24:00"))
          .isEqualTo(
              Holiday.on(LocalDate.of(2027, 12, 31))
                  .offBetween(LocalTime.of(14, 0), LocalTime.MIDNIGHT));
    }

    @Test
    void namesTheFieldOfABadHoliday() {
      assertField(
          () -> SlaInput.holiday("calendar.holidays[2]", "2027-02-30"),
          "calendar.holidays[2]",
          "sla.holiday.invalid");
      assertField(
          () -> SlaInput.holiday("calendar.holidays[2]", "Jan 7"),
          "calendar.holidays[2]",
          "sla.holiday.invalid");
      assertField(
          () -> SlaInput.holiday("calendar.holidays[2]", "2027-01-07 18:00-13:00"),
          "calendar.holidays[2]",
          "sla.holiday.hours");
      assertField(
          () -> SlaInput.holiday("calendar.holidays[2]", "2027-01-07 13:00-13:00"),
          "calendar.holidays[2]",
          "sla.holiday.hours");
      assertField(
          () -> SlaInput.holiday("calendar.holidays[2]", "2027-01-07 24:00-24:00"),
          "calendar.holidays[2]",
          "sla.time.invalid");
    }
  }

  @Test
  void minutesOfTheDayAllowTheEndOfTheDayOnlyWhereAsked() {
    assertThat(SlaInput.minuteOfDay("f", "13:30", false, 0)).isEqualTo(810);
    assertThat(SlaInput.minuteOfDay("f", "24:00", true, 0)).isEqualTo(1440);
    assertThat(SlaInput.minuteOfDay("f", null, true, 1440)).isEqualTo(1440);
    assertField(() -> SlaInput.minuteOfDay("f", "24:00", false, 0), "f", "sla.time.invalid");
    assertField(() -> SlaInput.minuteOfDay("f", "7:30", false, 0), "f", "sla.time.invalid");
    assertField(() -> SlaInput.minuteOfDay("f", "12:61", false, 0), "f", "sla.time.invalid");
  }

  @Test
  void instantsAndDatesAreIso() {
    assertThat(SlaInput.instant("start", "2027-01-06T14:30:00Z"))
        .hasToString("2027-01-06T14:30:00Z");
    assertField(
        () -> SlaInput.instant("start", "2027-01-06 14:30"), "start", "sla.instant.invalid");
    assertThat(SlaInput.date("d", "2027-01-06")).isEqualTo(LocalDate.of(2027, 1, 6));
    assertField(() -> SlaInput.date("d", "06.01.2027"), "d", "sla.date.invalid");
  }
}
