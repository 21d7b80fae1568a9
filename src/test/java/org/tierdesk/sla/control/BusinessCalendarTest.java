package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.sla.control.TestTimes.hours;
import static org.tierdesk.sla.control.TestTimes.interval;
import static org.tierdesk.sla.control.TestTimes.utc;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expected instants are worked out by hand and written in UTC; the comments give the local time.
 * January 2027 in Berlin is CET (UTC+1): Monday 4th to Sunday 10th, Monday 11th, ...
 */
class BusinessCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Mon-Fri 09:00-13:00 and 14:00-18:00, eight hours a day. */
  static final WeeklySchedule OFFICE_HOURS =
      WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00");

  static final BusinessCalendar OFFICE = new BusinessCalendar(BERLIN, OFFICE_HOURS, List.of());

  static BusinessCalendar officeWith(Holiday... holidays) {
    return new BusinessCalendar(BERLIN, OFFICE_HOURS, List.of(holidays));
  }

  @Nested
  class SeveralSlotsPerDay {

    @Test
    void addsWithinTheMorningSlot() {
      // Mon 10:00 + 2h = Mon 12:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-04T11:00:00Z"));
    }

    @Test
    void skipsTheLunchBreak() {
      // Mon 12:00 + 2h = 12:00-13:00, 14:00-15:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T11:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-04T14:00:00Z"));
    }

    @Test
    void isDueAtTheEndOfASlotWhenTheAmountEndsThere() {
      // Mon 12:00 + 1h = 13:00, not 14:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T11:00:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-04T12:00:00Z"));
      // Mon 09:00 + 8h = Mon 18:00, not Tue 09:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(8)))
          .isEqualTo(utc("2027-01-04T17:00:00Z"));
    }

    @Test
    void oneNanosecondMoreMovesToTheNextDay() {
      // Mon 09:00 + 8h + 1ns = Tue 09:00:00.000000001
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(8).plusNanos(1)))
          .isEqualTo(utc("2027-01-05T08:00:00.000000001Z"));
    }

    @Test
    void startInTheLunchBreakCountsFromTheAfternoon() {
      // Mon 13:30 + 1h = 15:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T12:30:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-04T14:00:00Z"));
    }

    @Test
    void startBeforeWorkCountsFromTheFirstSlot() {
      // Mon 07:00 + 30min = 09:30
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T06:00:00Z"), Duration.ofMinutes(30)))
          .isEqualTo(utc("2027-01-04T08:30:00Z"));
    }

    @Test
    void carriesOverToTheNextWorkday() {
      // Mon 17:00 + 1h30 = Mon 17:00-18:00, Tue 09:00-09:30
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T16:00:00Z"), Duration.ofMinutes(90)))
          .isEqualTo(utc("2027-01-05T08:30:00Z"));
    }

    @Test
    void keepsSubSecondPrecision() {
      // Mon 10:00:00.25 + 1.5s = 10:00:01.75
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T09:00:00.25Z"), Duration.ofMillis(1500)))
          .isEqualTo(utc("2027-01-04T09:00:01.75Z"));
    }

    @Test
    void manyShortSlotsADay() {
      BusinessCalendar hourly =
          new BusinessCalendar(
              BERLIN,
              WeeklySchedule.mondayToFriday(
                  "08:00-09:00",
                  "10:00-11:00",
                  "12:00-13:00",
                  "14:00-15:00",
                  "16:00-17:00",
                  "18:00-19:00"),
              List.of());

      // Mon 08:30 + 3h = 08:30-09:00, 10:00-11:00, 12:00-13:00, 14:00-14:30
      assertThat(hourly.addBusinessTime(utc("2027-01-04T07:30:00Z"), hours(3)))
          .isEqualTo(utc("2027-01-04T13:30:00Z"));
      assertThat(
              hourly.businessTimeBetween(utc("2027-01-03T23:00:00Z"), utc("2027-01-04T23:00:00Z")))
          .isEqualTo(hours(6));
    }

    @Test
    void countsBusinessTimeBetweenTwoInstants() {
      // Mon 08:00 to Mon 20:00
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-04T07:00:00Z"), utc("2027-01-04T19:00:00Z")))
          .isEqualTo(hours(8));
      // Mon 12:30 to Mon 14:30
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-04T11:30:00Z"), utc("2027-01-04T13:30:00Z")))
          .isEqualTo(hours(1));
      // Mon 13:10 to Mon 13:50, inside lunch
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-04T12:10:00Z"), utc("2027-01-04T12:50:00Z")))
          .isZero();
      // a whole week, Mon 00:00 to next Mon 00:00
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-03T23:00:00Z"), utc("2027-01-10T23:00:00Z")))
          .isEqualTo(hours(40));
    }

    @Test
    void businessTimeBetweenIsZeroUnlessToIsAfterFrom() {
      Instant monday = utc("2027-01-04T10:00:00Z");

      assertThat(OFFICE.businessTimeBetween(monday, monday)).isZero();
      assertThat(OFFICE.businessTimeBetween(monday, monday.minusSeconds(3600))).isZero();
    }
  }

  @Nested
  class StartOutsideWorkingTime {

    @Test
    void startOnFridayEveningContinuesOnMonday() {
      // Fri 17:00 + 2h = Fri 17:00-18:00, Mon 09:00-10:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-08T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-11T09:00:00Z"));
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-08T16:00:00Z"), utc("2027-01-11T09:00:00Z")))
          .isEqualTo(hours(2));
    }

    @Test
    void startOnTheWeekendCountsFromMonday() {
      // Sat 10:00 + 1h = Mon 10:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-09T09:00:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-11T09:00:00Z"));
      // Sun 23:59 + 8h = Mon 18:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-10T22:59:00Z"), hours(8)))
          .isEqualTo(utc("2027-01-11T17:00:00Z"));
    }

    @Test
    void zeroTargetIsDueAtTheStartItself() {
      Instant saturday = utc("2027-01-09T09:00:00.123Z");
      Instant mondayMorning = utc("2027-01-04T09:00:00Z");
      Instant lunch = utc("2027-01-04T12:30:00Z");

      assertThat(OFFICE.addBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
      assertThat(OFFICE.addBusinessTime(mondayMorning, Duration.ZERO)).isEqualTo(mondayMorning);
      assertThat(OFFICE.addBusinessTime(lunch, Duration.ZERO)).isEqualTo(lunch);
      assertThat(
              BusinessCalendar.allDay(BERLIN)
                  .addBusinessTime(
                      saturday, Duration.ZERO, List.of(TimeInterval.openEnded(saturday))))
          .isEqualTo(saturday);
    }

    @Test
    void zeroTargetOnAnEmptyCalendarIsStillDueImmediately() {
      BusinessCalendar never = new BusinessCalendar(BERLIN, WeeklySchedule.empty(), List.of());

      assertThat(never.addBusinessTime(utc("2027-01-04T09:00:00Z"), Duration.ZERO))
          .isEqualTo(utc("2027-01-04T09:00:00Z"));
    }
  }

  @Nested
  class SpanningWeeks {

    @Test
    void addsThreeWeeksOfWorkdays() {
      // Mon Jan 4 10:00 + 120h: 7h on Jan 4, 14 full days to Fri Jan 22, 1h on Mon Jan 25
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(120)))
          .isEqualTo(utc("2027-01-25T09:00:00Z"));
    }

    @Test
    void addsTenWeeksOfWorkdays() {
      // Mon Jan 4 09:00 + 400h = 50 workdays = Fri Mar 12 18:00 (still CET)
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(400)))
          .isEqualTo(utc("2027-03-12T17:00:00Z"));
      assertThat(
              OFFICE.businessTimeBetween(utc("2027-01-04T08:00:00Z"), utc("2027-03-12T17:00:00Z")))
          .isEqualTo(hours(400));
    }

    @Test
    void addsAYearOfWorkdaysAcrossBothDaylightSavingChanges() {
      // 2027 has 261 weekdays; from Fri Jan 1 00:00 they end Fri Dec 31 18:00 CET
      assertThat(OFFICE.addBusinessTime(utc("2026-12-31T23:00:00Z"), hours(261 * 8)))
          .isEqualTo(utc("2027-12-31T17:00:00Z"));
    }
  }

  @Nested
  class Holidays {

    @Test
    void wholeDayHolidayIsSkipped() {
      BusinessCalendar calendar = officeWith(Holiday.on(LocalDate.of(2027, 1, 6)));

      // Tue 17:00 + 2h = Tue 17:00-18:00, (Wed off), Thu 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2027-01-05T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-07T09:00:00Z"));
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-03T23:00:00Z"), utc("2027-01-10T23:00:00Z")))
          .isEqualTo(hours(32));
    }

    @Test
    void startOnAHolidayCountsFromTheNextWorkday() {
      BusinessCalendar calendar = officeWith(Holiday.on(LocalDate.of(2027, 1, 6)));

      // Wed 10:00 (holiday) + 1h = Thu 10:00
      assertThat(calendar.addBusinessTime(utc("2027-01-06T09:00:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-07T09:00:00Z"));
      // Wed 00:00, the holiday's first instant
      assertThat(calendar.addBusinessTime(utc("2027-01-05T23:00:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-07T09:00:00Z"));
      // zero is still due at once
      assertThat(calendar.addBusinessTime(utc("2027-01-06T09:00:00Z"), Duration.ZERO))
          .isEqualTo(utc("2027-01-06T09:00:00Z"));
    }

    @Test
    void partialHolidayOnSlotBoundariesRemovesTheAfternoonSlot() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.on(LocalDate.of(2027, 1, 7))
                  .offBetween(LocalTime.of(13, 0), LocalTime.of(18, 0)));

      // Thu 12:00 + 2h = Thu 12:00-13:00, Fri 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2027-01-07T11:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-08T09:00:00Z"));
      // Thu 00:00 to Fri 00:00
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-06T23:00:00Z"), utc("2027-01-07T23:00:00Z")))
          .isEqualTo(hours(4));
    }

    @Test
    void partialHolidayCoveringOnlyNonWorkingTimeChangesNothing() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.on(LocalDate.of(2027, 1, 7))
                  .offBetween(LocalTime.of(13, 0), LocalTime.of(14, 0)),
              Holiday.on(LocalDate.of(2027, 1, 7))
                  .offBetween(LocalTime.MIDNIGHT, LocalTime.of(9, 0)),
              Holiday.on(LocalDate.of(2027, 1, 7))
                  .offBetween(LocalTime.of(18, 0), LocalTime.MIDNIGHT));

      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-06T23:00:00Z"), utc("2027-01-07T23:00:00Z")))
          .isEqualTo(hours(8));
    }

    @Test
    void partialHolidayAcrossLunchCutsBothSlots() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.on(LocalDate.of(2027, 1, 7))
                  .offBetween(LocalTime.of(12, 0), LocalTime.of(15, 0)));

      // Thu 11:00 + 2h = 11:00-12:00, 15:00-16:00
      assertThat(calendar.addBusinessTime(utc("2027-01-07T10:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-07T15:00:00Z"));
      // Thu 13:30, inside the holiday, + 1h = 16:00
      assertThat(calendar.addBusinessTime(utc("2027-01-07T12:30:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-07T15:00:00Z"));
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-07T08:00:00Z"), utc("2027-01-07T17:00:00Z")))
          .isEqualTo(hours(6));
    }

    @Test
    void yearlyHolidayRecursInEveryYear() {
      BusinessCalendar calendar = officeWith(Holiday.everyYearOn(MonthDay.of(1, 1)));

      // Thu Dec 31 2026 17:00 + 2h = 17:00-18:00, (Fri Jan 1 off, weekend), Mon Jan 4 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2026-12-31T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-04T09:00:00Z"));
      // Fri Dec 29 2028 17:00 + 2h = 17:00-18:00, (weekend, Mon Jan 1 2029 off), Tue 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2028-12-29T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2029-01-02T09:00:00Z"));
    }

    @Test
    void yearlyPartialHoliday() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.everyYearOn(MonthDay.of(12, 24))
                  .offBetween(LocalTime.NOON, LocalTime.MIDNIGHT));

      // Fri Dec 24 2027: only 09:00-12:00
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-12-23T23:00:00Z"), utc("2027-12-24T23:00:00Z")))
          .isEqualTo(hours(3));
      // Thu Dec 24 2026 11:00 + 2h = 11:00-12:00, Fri Dec 25 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2026-12-24T10:00:00Z"), hours(2)))
          .isEqualTo(utc("2026-12-25T09:00:00Z"));
    }

    @Test
    void february29thHolidayOnlyInLeapYears() {
      BusinessCalendar calendar = officeWith(Holiday.everyYearOn(MonthDay.of(2, 29)));

      // Tue Feb 29 2028 is off, Mon Feb 28 2028 is not
      assertThat(
              calendar.businessTimeBetween(
                  utc("2028-02-28T23:00:00Z"), utc("2028-02-29T23:00:00Z")))
          .isZero();
      assertThat(
              calendar.businessTimeBetween(
                  utc("2028-02-27T23:00:00Z"), utc("2028-02-28T23:00:00Z")))
          .isEqualTo(hours(8));
      // 2027: Fri Feb 26 and Mon Mar 1 are normal days
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-02-25T23:00:00Z"), utc("2027-03-01T23:00:00Z")))
          .isEqualTo(hours(16));
    }

    @Test
    void holidayOnAWeekendChangesNothing() {
      BusinessCalendar calendar = officeWith(Holiday.on(LocalDate.of(2027, 1, 9)));

      assertThat(calendar.addBusinessTime(utc("2027-01-08T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-11T09:00:00Z"));
    }

    @Test
    void oneOffAndYearlyHolidaysOnTheSameDayBothApply() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.on(LocalDate.of(2027, 1, 6))
                  .offBetween(LocalTime.of(10, 0), LocalTime.of(11, 0)),
              Holiday.everyYearOn(MonthDay.of(1, 6))
                  .offBetween(LocalTime.of(16, 0), LocalTime.MIDNIGHT),
              Holiday.on(LocalDate.of(2027, 1, 6))
                  .offBetween(LocalTime.of(10, 30), LocalTime.of(12, 0)));

      // Wed Jan 6: 09:00-10:00, 12:00-13:00, 14:00-16:00
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-05T23:00:00Z"), utc("2027-01-06T23:00:00Z")))
          .isEqualTo(hours(4));
      assertThat(calendar.holidays()).hasSize(3);
    }

    @Test
    void overlappingWholeDayHolidaysAreFine() {
      BusinessCalendar calendar =
          officeWith(
              Holiday.on(LocalDate.of(2027, 1, 6)),
              Holiday.everyYearOn(MonthDay.of(1, 6)).named("Epiphany"));

      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-05T23:00:00Z"), utc("2027-01-06T23:00:00Z")))
          .isZero();
    }
  }

  @Nested
  class PastMidnightSlots {

    /** Mon-Fri 22:00-06:00: each night belongs to the day it starts. */
    final WeeklySchedule nights =
        WeeklySchedule.on(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WorkingSlot.parse("22:00-06:00"));

    final BusinessCalendar nightShift = new BusinessCalendar(BERLIN, nights, List.of());

    @Test
    void addsAcrossMidnight() {
      // Mon 23:00 + 3h = Tue 02:00
      assertThat(nightShift.addBusinessTime(utc("2027-01-04T22:00:00Z"), hours(3)))
          .isEqualTo(utc("2027-01-05T01:00:00Z"));
    }

    @Test
    void morningPartBelongsToThePreviousDaysSlot() {
      // Tue 05:00 (Monday's night) + 2h = Tue 05:00-06:00, Tue 22:00-23:00
      assertThat(nightShift.addBusinessTime(utc("2027-01-05T04:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-05T22:00:00Z"));
      // Sat 05:00 is still Friday's night; then Monday 22:00
      assertThat(nightShift.addBusinessTime(utc("2027-01-09T04:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-11T22:00:00Z"));
    }

    @Test
    void weekHasFiveNights() {
      // Mon Jan 4 00:00 to Mon Jan 11 00:00; Friday's night ends Sat 06:00
      assertThat(
              nightShift.businessTimeBetween(
                  utc("2027-01-03T23:00:00Z"), utc("2027-01-10T23:00:00Z")))
          .isEqualTo(hours(40));
    }

    @Test
    void wholeDayHolidayCutsThePreviousNightAfterMidnight() {
      BusinessCalendar calendar =
          new BusinessCalendar(BERLIN, nights, List.of(Holiday.on(LocalDate.of(2027, 1, 5))));

      // Mon 22:00 + 4h = Mon 22:00-24:00, (Tue off: 00:00-06:00 and 22:00-24:00), Wed 00:00-02:00
      assertThat(calendar.addBusinessTime(utc("2027-01-04T21:00:00Z"), hours(4)))
          .isEqualTo(utc("2027-01-06T01:00:00Z"));
    }

    @Test
    void wholeDayHolidayKeepsItsOwnNightAfterMidnight() {
      BusinessCalendar calendar =
          new BusinessCalendar(BERLIN, nights, List.of(Holiday.on(LocalDate.of(2027, 1, 4))));

      // Mon off: Mon 22:00-24:00 gone, Tue 00:00-06:00 stays
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-03T23:00:00Z"), utc("2027-01-05T11:00:00Z")))
          .isEqualTo(hours(6));
      // Mon 21:00 + 1h = Tue 01:00
      assertThat(calendar.addBusinessTime(utc("2027-01-04T20:00:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-05T00:00:00Z"));
    }

    @Test
    void partialHolidayAfterMidnight() {
      BusinessCalendar calendar =
          new BusinessCalendar(
              BERLIN,
              nights,
              List.of(
                  Holiday.on(LocalDate.of(2027, 1, 5))
                      .offBetween(LocalTime.MIDNIGHT, LocalTime.of(2, 0))));

      // Mon 22:00 to Tue 06:00 minus Tue 00:00-02:00
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-01-04T21:00:00Z"), utc("2027-01-05T05:00:00Z")))
          .isEqualTo(hours(6));
      // Mon 23:00 + 2h = 23:00-24:00, 02:00-03:00
      assertThat(calendar.addBusinessTime(utc("2027-01-04T22:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-05T02:00:00Z"));
    }

    @Test
    void dayAndNightSlotsOnTheSameDay() {
      BusinessCalendar calendar =
          new BusinessCalendar(
              BERLIN, WeeklySchedule.mondayToFriday("09:00-17:00", "22:00-02:00"), List.of());

      // Mon 16:00 + 3h = 16:00-17:00, 22:00-24:00: due exactly at midnight
      assertThat(calendar.addBusinessTime(utc("2027-01-04T15:00:00Z"), hours(3)))
          .isEqualTo(utc("2027-01-04T23:00:00Z"));
      // Mon 16:00 + 5h = ..., Tue 00:00-02:00, then Tue 09:00-10:00
      assertThat(calendar.addBusinessTime(utc("2027-01-04T15:00:00Z"), hours(6)))
          .isEqualTo(utc("2027-01-05T09:00:00Z"));
    }
  }

  @Nested
  class Pauses {

    @Test
    void pauseInsideASlot() {
      // Mon 09:00 + 2h, paused 10:00-10:30 = 11:30
      assertThat(
              OFFICE.addBusinessTime(
                  utc("2027-01-04T08:00:00Z"),
                  hours(2),
                  List.of(interval("2027-01-04T09:00:00Z", "2027-01-04T09:30:00Z"))))
          .isEqualTo(utc("2027-01-04T10:30:00Z"));
    }

    @Test
    void pauseSpanningTheNight() {
      // Mon 16:00 + 2h, paused Mon 17:00 to Tue 10:00 = 16:00-17:00, Tue 10:00-11:00
      assertThat(
              OFFICE.addBusinessTime(
                  utc("2027-01-04T15:00:00Z"),
                  hours(2),
                  List.of(interval("2027-01-04T16:00:00Z", "2027-01-05T09:00:00Z"))))
          .isEqualTo(utc("2027-01-05T10:00:00Z"));
    }

    @Test
    void overlappingPausesInAnyOrderCountOnce() {
      // paused 10:00-11:00, 10:30-11:30 and 11:15-11:20: together 10:00-11:30
      List<TimeInterval> pauses =
          List.of(
              interval("2027-01-04T10:15:00Z", "2027-01-04T10:20:00Z"),
              interval("2027-01-04T09:30:00Z", "2027-01-04T10:30:00Z"),
              interval("2027-01-04T09:00:00Z", "2027-01-04T10:00:00Z"));

      // Mon 09:00 + 2h = 09:00-10:00, 11:30-12:30
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(2), pauses))
          .isEqualTo(utc("2027-01-04T11:30:00Z"));
      assertThat(
              OFFICE.businessTimeBetween(
                  utc("2027-01-04T08:00:00Z"), utc("2027-01-04T17:00:00Z"), pauses))
          .isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void touchingPausesJoin() {
      List<TimeInterval> pauses =
          List.of(
              interval("2027-01-04T09:00:00Z", "2027-01-04T09:30:00Z"),
              interval("2027-01-04T09:30:00Z", "2027-01-04T10:00:00Z"));

      // Mon 09:00 + 2h = 09:00-10:00, 11:00-12:00
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(2), pauses))
          .isEqualTo(utc("2027-01-04T11:00:00Z"));
    }

    @Test
    void pauseThatBeganBeforeTheStart() {
      // paused 08:00-09:30, start 08:30, + 1h = 10:30
      assertThat(
              OFFICE.addBusinessTime(
                  utc("2027-01-04T07:30:00Z"),
                  hours(1),
                  List.of(interval("2027-01-04T07:00:00Z", "2027-01-04T08:30:00Z"))))
          .isEqualTo(utc("2027-01-04T09:30:00Z"));
    }

    @Test
    void pauseOverTheDueMomentAndTheLunchBreak() {
      // Mon 09:00 + 1h, paused 09:30-14:30 = 09:00-09:30, 14:30-15:00
      assertThat(
              OFFICE.addBusinessTime(
                  utc("2027-01-04T08:00:00Z"),
                  hours(1),
                  List.of(interval("2027-01-04T08:30:00Z", "2027-01-04T13:30:00Z"))))
          .isEqualTo(utc("2027-01-04T14:00:00Z"));
    }

    @Test
    void pauseOfTwoWeeks() {
      // Mon Jan 4 09:00 + 2h, paused Jan 4 10:00 to Jan 18 09:00 = 1h, then Jan 18 09:00-10:00
      assertThat(
              OFFICE.addBusinessTime(
                  utc("2027-01-04T08:00:00Z"),
                  hours(2),
                  List.of(interval("2027-01-04T09:00:00Z", "2027-01-18T08:00:00Z"))))
          .isEqualTo(utc("2027-01-18T09:00:00Z"));
    }

    @Test
    void pauseOutsideWorkingTimeChangesNothing() {
      List<TimeInterval> weekend =
          List.of(interval("2027-01-08T17:00:00Z", "2027-01-10T23:00:00Z"));

      assertThat(OFFICE.addBusinessTime(utc("2027-01-08T16:00:00Z"), hours(2), weekend))
          .isEqualTo(utc("2027-01-11T09:00:00Z"));
    }

    @Test
    void businessTimeBetweenLeavesPausesOut() {
      // Mon 09:00-18:00, paused 12:00-15:00: 09:00-12:00, 15:00-18:00
      assertThat(
              OFFICE.businessTimeBetween(
                  utc("2027-01-04T08:00:00Z"),
                  utc("2027-01-04T17:00:00Z"),
                  List.of(interval("2027-01-04T11:00:00Z", "2027-01-04T14:00:00Z"))))
          .isEqualTo(hours(6));
    }

    @Test
    void openEndedPauseStopsTheClock() {
      List<TimeInterval> pauses = List.of(TimeInterval.openEnded(utc("2027-01-04T09:00:00Z")));

      assertThat(
              OFFICE.businessTimeBetween(
                  utc("2027-01-04T08:00:00Z"), utc("2027-01-11T08:00:00Z"), pauses))
          .isEqualTo(hours(1));
      assertThatThrownBy(
              () -> OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(2), pauses))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("No business time within 1830 days");
      // what was left before the pause can still be reached
      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T08:00:00Z"), hours(1), pauses))
          .isEqualTo(utc("2027-01-04T09:00:00Z"));
    }

    @Test
    void farFuturePausesBeforeTheSupportedRangeAreHarmless() {
      List<TimeInterval> pauses =
          List.of(
              new TimeInterval(Instant.MIN, utc("1600-01-01T00:00:00Z")),
              new TimeInterval(utc("2300-01-01T00:00:00Z"), Instant.MAX));

      assertThat(OFFICE.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(2), pauses))
          .isEqualTo(utc("2027-01-04T11:00:00Z"));
    }
  }

  @Nested
  class AroundTheClock {

    final BusinessCalendar always = BusinessCalendar.allDay(ZoneOffset.UTC);

    @Test
    void businessTimeIsRealTime() {
      assertThat(always.addBusinessTime(utc("2027-01-04T10:15:30.5Z"), Duration.ofDays(3)))
          .isEqualTo(utc("2027-01-07T10:15:30.5Z"));
      assertThat(always.addBusinessTime(utc("2027-01-04T23:30:00Z"), hours(1)))
          .isEqualTo(utc("2027-01-05T00:30:00Z"));
      assertThat(always.addBusinessTime(utc("2027-01-01T00:00:00Z"), Duration.ofDays(70)))
          .isEqualTo(utc("2027-03-12T00:00:00Z"));
      assertThat(
              always.businessTimeBetween(utc("2027-01-04T10:00:00Z"), utc("2027-02-04T10:00:00Z")))
          .isEqualTo(Duration.ofDays(31));
    }

    @Test
    void pausesExtendIt() {
      assertThat(
              always.addBusinessTime(
                  utc("2027-01-04T10:00:00Z"),
                  hours(4),
                  List.of(interval("2027-01-04T11:00:00Z", "2027-01-04T13:00:00Z"))))
          .isEqualTo(utc("2027-01-04T16:00:00Z"));
    }

    @Test
    void workingIntervalsAreOneBlock() {
      assertThat(always.workingIntervals(utc("2027-01-04T10:00:00Z"), utc("2027-01-07T10:00:00Z")))
          .containsExactly(interval("2027-01-04T10:00:00Z", "2027-01-07T10:00:00Z"));
    }

    @Test
    void everyInstantIsWorking() {
      assertThat(always.isWorkingTime(utc("2027-01-09T00:00:00Z"))).isTrue();
      assertThat(always.nextWorkingInstant(utc("2027-01-09T03:00:00Z")))
          .contains(utc("2027-01-09T03:00:00Z"));
    }
  }

  @Nested
  class FixedOffsetZone {

    final BusinessCalendar india =
        new BusinessCalendar(ZoneOffset.ofHoursMinutes(5, 30), OFFICE_HOURS, List.of());

    @Test
    void slotsAreLocalToTheOffset() {
      // Mon 09:00 +05:30 = 03:30Z; + 8h = Mon 18:00 +05:30
      assertThat(india.addBusinessTime(utc("2027-01-04T03:30:00Z"), hours(8)))
          .isEqualTo(utc("2027-01-04T12:30:00Z"));
      // Fri 17:00 +05:30 + 2h = Mon 10:00 +05:30
      assertThat(india.addBusinessTime(utc("2027-01-08T11:30:00Z"), hours(2)))
          .isEqualTo(utc("2027-01-11T04:30:00Z"));
      assertThat(india.nextWorkingInstant(utc("2027-01-03T12:00:00Z")))
          .contains(utc("2027-01-04T03:30:00Z"));
    }
  }

  @Nested
  class NextWorkingInstant {

    @Test
    void isTheStartOfTheNextSlot() {
      // Sat 10:00 -> Mon 09:00; Mon 13:00 -> 14:00; Mon 18:00 -> Tue 09:00
      assertThat(OFFICE.nextWorkingInstant(utc("2027-01-09T09:00:00Z")))
          .contains(utc("2027-01-11T08:00:00Z"));
      assertThat(OFFICE.nextWorkingInstant(utc("2027-01-04T12:00:00Z")))
          .contains(utc("2027-01-04T13:00:00Z"));
      assertThat(OFFICE.nextWorkingInstant(utc("2027-01-04T17:00:00Z")))
          .contains(utc("2027-01-05T08:00:00Z"));
    }

    @Test
    void isTheInstantItselfInWorkingTime() {
      assertThat(OFFICE.nextWorkingInstant(utc("2027-01-04T09:00:00Z")))
          .contains(utc("2027-01-04T09:00:00Z"));
    }

    @Test
    void skipsHolidays() {
      BusinessCalendar calendar = officeWith(Holiday.on(LocalDate.of(2027, 1, 6)));

      assertThat(calendar.nextWorkingInstant(utc("2027-01-06T09:00:00Z")))
          .contains(utc("2027-01-07T08:00:00Z"));
    }

    @Test
    void workingTimeIsHalfOpen() {
      assertThat(OFFICE.isWorkingTime(utc("2027-01-04T08:00:00Z"))).isTrue(); // 09:00
      assertThat(OFFICE.isWorkingTime(utc("2027-01-04T07:59:59.999999999Z"))).isFalse();
      assertThat(OFFICE.isWorkingTime(utc("2027-01-04T11:59:59.999999999Z"))).isTrue();
      assertThat(OFFICE.isWorkingTime(utc("2027-01-04T12:00:00Z"))).isFalse(); // 13:00
      assertThat(OFFICE.isWorkingTime(utc("2027-01-04T13:00:00Z"))).isTrue(); // 14:00
      assertThat(OFFICE.isWorkingTime(utc("2027-01-09T10:00:00Z"))).isFalse(); // Saturday
    }

    @Test
    void workingIntervalsListTheSlotsClipped() {
      // Mon 10:00 to Tue 10:00
      assertThat(OFFICE.workingIntervals(utc("2027-01-04T09:00:00Z"), utc("2027-01-05T09:00:00Z")))
          .containsExactly(
              interval("2027-01-04T09:00:00Z", "2027-01-04T12:00:00Z"),
              interval("2027-01-04T13:00:00Z", "2027-01-04T17:00:00Z"),
              interval("2027-01-05T08:00:00Z", "2027-01-05T09:00:00Z"));
    }
  }

  @Nested
  class NoWorkingTime {

    @Test
    void emptyWeekFailsClearly() {
      BusinessCalendar never = new BusinessCalendar(BERLIN, WeeklySchedule.empty(), List.of());

      assertThatThrownBy(() -> never.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("No business time within 1830 days after 2027-01-04T09:00:00Z")
          .hasMessageContaining("Europe/Berlin");
      assertThat(
              never.businessTimeBetween(utc("2027-01-04T09:00:00Z"), utc("2037-01-04T09:00:00Z")))
          .isZero();
      assertThat(never.nextWorkingInstant(utc("2027-01-04T09:00:00Z"))).isEmpty();
    }

    @Test
    void everyDayAHolidayStopsAtTheHorizon() {
      BusinessCalendar never =
          new BusinessCalendar(BERLIN, WeeklySchedule.allDay(), everyDayOfTheYearExcept(null));

      assertThatThrownBy(() -> never.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("No business time");
      assertThat(never.nextWorkingInstant(utc("2027-01-04T09:00:00Z"))).isEmpty();
      assertThat(
              never.businessTimeBetween(utc("2027-01-04T09:00:00Z"), utc("2029-01-04T09:00:00Z")))
          .isZero();
    }

    @Test
    void onlyFebruary29thWorksOnceEveryFourYears() {
      BusinessCalendar leapDays =
          new BusinessCalendar(
              ZoneOffset.UTC, WeeklySchedule.allDay(), everyDayOfTheYearExcept(MonthDay.of(2, 29)));

      assertThat(leapDays.addBusinessTime(utc("2027-03-01T00:00:00Z"), hours(1)))
          .isEqualTo(utc("2028-02-29T01:00:00Z"));
      // 24h on Feb 29 2028, then 1h on Feb 29 2032
      assertThat(leapDays.addBusinessTime(utc("2027-03-01T00:00:00Z"), hours(25)))
          .isEqualTo(utc("2032-02-29T01:00:00Z"));
    }

    private List<Holiday> everyDayOfTheYearExcept(MonthDay workday) {
      return LocalDate.of(2028, 1, 1)
          .datesUntil(LocalDate.of(2029, 1, 1))
          .map(MonthDay::from)
          .filter(day -> !day.equals(workday))
          .map(Holiday::everyYearOn)
          .toList();
    }
  }

  @Nested
  class InvalidInput {

    @Test
    void rejectsNegativeAmount() {
      assertThatThrownBy(() -> OFFICE.addBusinessTime(utc("2027-01-04T09:00:00Z"), hours(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("negative");
    }

    @Test
    void rejectsInstantsOutsideTheSupportedRange() {
      assertThatThrownBy(() -> OFFICE.addBusinessTime(utc("1600-01-01T00:00:00Z"), hours(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1600-01-01T00:00:00Z");
      assertThatThrownBy(() -> OFFICE.businessTimeBetween(utc("2027-01-04T09:00:00Z"), Instant.MAX))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAResultBeyondTheSupportedRange() {
      assertThatThrownBy(
              () ->
                  BusinessCalendar.allDay(ZoneOffset.UTC)
                      .addBusinessTime(utc("2249-12-01T00:00:00Z"), Duration.ofDays(60)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2250-01-01T00:00:00Z");
    }
  }

  @Test
  void exposesItsPartsAndEqualsByValue() {
    BusinessCalendar same = new BusinessCalendar(BERLIN, OFFICE_HOURS, List.of());

    assertThat(OFFICE.zone()).isEqualTo(BERLIN);
    assertThat(OFFICE.week()).isEqualTo(OFFICE_HOURS);
    assertThat(OFFICE.holidays()).isEmpty();
    assertThat(OFFICE).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(OFFICE).isNotEqualTo(officeWith(Holiday.on(LocalDate.of(2027, 1, 6))));
    assertThat(OFFICE.toString()).contains("Europe/Berlin", "09:00-13:00", "0 holidays");
    assertThat(OFFICE.workingIntervals(utc("2027-01-05T00:00:00Z"), utc("2027-01-04T00:00:00Z")))
        .isEmpty();
    assertThat(
            new BusinessCalendar(BERLIN, new WeeklySchedule(Map.of()), List.of()).week().isEmpty())
        .isTrue();
  }
}
