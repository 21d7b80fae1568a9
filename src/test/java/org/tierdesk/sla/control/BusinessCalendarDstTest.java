package org.tierdesk.sla.control;

import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.sla.control.TestTimes.hours;
import static org.tierdesk.sla.control.TestTimes.interval;
import static org.tierdesk.sla.control.TestTimes.utc;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Daylight saving time. Business time is real elapsed time; slot boundaries are local times
 * resolved with ZonedDateTime.of (gap: forward by the gap, overlap: earlier offset).
 *
 * <p>2027: Berlin springs forward on Sun Mar 28 02:00 CET -> 03:00 CEST and falls back on Sun Oct
 * 31 03:00 CEST -> 02:00 CET. New York springs forward on Sun Mar 14 02:00 EST -> 03:00 EDT and
 * falls back on Sun Nov 7 02:00 EDT -> 01:00 EST. Moscow stays at UTC+3 all year.
 */
class BusinessCalendarDstTest {

  static WeeklySchedule everyDay(String... slots) {
    return WeeklySchedule.on(
        EnumSet.allOf(DayOfWeek.class),
        java.util.Arrays.stream(slots).map(WorkingSlot::parse).toArray(WorkingSlot[]::new));
  }

  static WeeklySchedule sundays(String... slots) {
    return new WeeklySchedule(
        Map.of(SUNDAY, java.util.Arrays.stream(slots).map(WorkingSlot::parse).toList()));
  }

  @Nested
  class Berlin {

    final ZoneId zone = ZoneId.of("Europe/Berlin");

    /** A night slot that contains the 02:00/03:00 transitions and a day slot that does not. */
    final BusinessCalendar calendar =
        new BusinessCalendar(zone, everyDay("01:00-05:00", "09:00-18:00"), List.of());

    @Test
    void ordinarySundayInWinter() {
      // Sun Mar 21: 01:00-05:00 CET, 09:00-18:00 CET
      assertThat(
              calendar.workingIntervals(utc("2027-03-20T23:00:00Z"), utc("2027-03-21T23:00:00Z")))
          .containsExactly(
              interval("2027-03-21T00:00:00Z", "2027-03-21T04:00:00Z"),
              interval("2027-03-21T08:00:00Z", "2027-03-21T17:00:00Z"));
    }

    @Test
    void springForwardShortensOnlyTheSlotContainingIt() {
      // Sun Mar 28: 01:00 CET to 05:00 CEST is 3h; 09:00-18:00 CEST is 9h
      assertThat(
              calendar.workingIntervals(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .containsExactly(
              interval("2027-03-28T00:00:00Z", "2027-03-28T03:00:00Z"),
              interval("2027-03-28T07:00:00Z", "2027-03-28T16:00:00Z"));
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .isEqualTo(hours(12));
    }

    @Test
    void addsAcrossSpringForward() {
      // Sun 01:00 CET + 3h = 05:00 CEST
      assertThat(calendar.addBusinessTime(utc("2027-03-28T00:00:00Z"), hours(3)))
          .isEqualTo(utc("2027-03-28T03:00:00Z"));
      // Sun 01:00 CET + 3h30 = 3h, then 09:00-09:30 CEST
      assertThat(calendar.addBusinessTime(utc("2027-03-28T00:00:00Z"), Duration.ofMinutes(210)))
          .isEqualTo(utc("2027-03-28T07:30:00Z"));
      // Sun 17:00 CEST + 2h = 17:00-18:00, Mon 01:00-02:00 CEST
      assertThat(calendar.addBusinessTime(utc("2027-03-28T15:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-03-29T00:00:00Z"));
    }

    @Test
    void fallBackLengthensOnlyTheSlotContainingIt() {
      // Sun Oct 31: 01:00 CEST to 05:00 CET is 5h; 09:00-18:00 CET is 9h
      assertThat(
              calendar.workingIntervals(utc("2027-10-30T22:00:00Z"), utc("2027-10-31T23:00:00Z")))
          .containsExactly(
              interval("2027-10-30T23:00:00Z", "2027-10-31T04:00:00Z"),
              interval("2027-10-31T08:00:00Z", "2027-10-31T17:00:00Z"));
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-10-30T22:00:00Z"), utc("2027-10-31T23:00:00Z")))
          .isEqualTo(hours(14));
    }

    @Test
    void addsAcrossFallBack() {
      // Sun 01:00 CEST + 5h = 05:00 CET
      assertThat(calendar.addBusinessTime(utc("2027-10-30T23:00:00Z"), hours(5)))
          .isEqualTo(utc("2027-10-31T04:00:00Z"));
      // Sun 02:00 CET (the second 02:00) + 3h = 2h to 05:00, then 09:00-10:00 CET
      assertThat(calendar.addBusinessTime(utc("2027-10-31T02:00:00Z"), hours(3)))
          .isEqualTo(utc("2027-10-31T09:00:00Z"));
    }

    @Test
    void aroundTheClockDaysLast23And25Hours() {
      BusinessCalendar always = BusinessCalendar.allDay(zone);

      assertThat(
              always.businessTimeBetween(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .isEqualTo(hours(23));
      assertThat(
              always.businessTimeBetween(utc("2027-10-30T22:00:00Z"), utc("2027-10-31T23:00:00Z")))
          .isEqualTo(hours(25));
      // Sun 00:00 CET + 24h = Mon 01:00 CEST
      assertThat(always.addBusinessTime(utc("2027-03-27T23:00:00Z"), hours(24)))
          .isEqualTo(utc("2027-03-28T23:00:00Z"));
    }

    @Test
    void slotStartingInTheGapStartsAfterIt() {
      BusinessCalendar gap = new BusinessCalendar(zone, sundays("02:30-04:00"), List.of());

      // Mar 21: 02:30-04:00 CET, 1h30
      assertThat(gap.workingIntervals(utc("2027-03-20T23:00:00Z"), utc("2027-03-21T23:00:00Z")))
          .containsExactly(interval("2027-03-21T01:30:00Z", "2027-03-21T03:00:00Z"));
      // Mar 28: 02:30 does not exist and moves to 03:30 CEST; end 04:00 CEST; 30 minutes
      assertThat(gap.workingIntervals(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .containsExactly(interval("2027-03-28T01:30:00Z", "2027-03-28T02:00:00Z"));
    }

    @Test
    void slotStartingInTheOverlapTakesTheEarlierOffset() {
      BusinessCalendar overlap = new BusinessCalendar(zone, sundays("02:30-04:00"), List.of());

      // Oct 31: 02:30 CEST (the first one) to 04:00 CET, 2h30
      assertThat(overlap.workingIntervals(utc("2027-10-30T22:00:00Z"), utc("2027-10-31T23:00:00Z")))
          .containsExactly(interval("2027-10-31T00:30:00Z", "2027-10-31T03:00:00Z"));
    }

    @Test
    void slotEntirelyInsideTheGapHasNoWorkingTime() {
      BusinessCalendar lost = new BusinessCalendar(zone, sundays("02:00-03:00"), List.of());

      // 02:00 and 03:00 both resolve to 03:00 CEST on Mar 28; next Sunday Apr 4 02:00 CEST
      assertThat(lost.businessTimeBetween(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .isZero();
      assertThat(lost.nextWorkingInstant(utc("2027-03-27T23:00:00Z")))
          .contains(utc("2027-04-04T00:00:00Z"));
    }

    @Test
    void slotsPushedIntoEachOtherByTheGapAreCountedOnce() {
      // 01:00-02:45 ends at "02:45" = 03:45 CEST, past the start of 03:00-04:00 CEST
      BusinessCalendar pushed =
          new BusinessCalendar(zone, sundays("01:00-02:45", "03:00-04:00"), List.of());

      assertThat(pushed.workingIntervals(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .containsExactly(interval("2027-03-28T00:00:00Z", "2027-03-28T02:00:00Z"));
      assertThat(
              pushed.businessTimeBetween(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .isEqualTo(hours(2));
      assertThat(pushed.addBusinessTime(utc("2027-03-28T00:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-03-28T02:00:00Z"));
    }

    @Test
    void slotsResolvedOutOfOrderByTheGapAreBothCounted() {
      // 02:30-02:50 becomes 03:30-03:50 CEST, after 03:00-03:10 CEST
      BusinessCalendar swapped =
          new BusinessCalendar(zone, sundays("02:30-02:50", "03:00-03:10"), List.of());

      assertThat(swapped.workingIntervals(utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z")))
          .containsExactly(
              interval("2027-03-28T01:00:00Z", "2027-03-28T01:10:00Z"),
              interval("2027-03-28T01:30:00Z", "2027-03-28T01:50:00Z"));
      assertThat(swapped.addBusinessTime(utc("2027-03-27T23:00:00Z"), Duration.ofMinutes(15)))
          .isEqualTo(utc("2027-03-28T01:35:00Z"));
      assertThat(swapped.isWorkingTime(utc("2027-03-28T01:05:00Z"))).isTrue();
      assertThat(swapped.isWorkingTime(utc("2027-03-28T01:20:00Z"))).isFalse();
    }

    @Test
    void officeHoursMoveWithTheClocks() {
      BusinessCalendar office =
          new BusinessCalendar(zone, WeeklySchedule.mondayToFriday("09:00-18:00"), List.of());

      // Fri Mar 26 17:00 CET + 2h = Fri 17:00-18:00, Mon Mar 29 09:00-10:00 CEST
      assertThat(office.addBusinessTime(utc("2027-03-26T16:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-03-29T08:00:00Z"));
      // Fri Oct 29 17:00 CEST + 2h = Mon Nov 1 10:00 CET
      assertThat(office.addBusinessTime(utc("2027-10-29T15:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-11-01T09:00:00Z"));
    }
  }

  @Nested
  class NewYork {

    final ZoneId zone = ZoneId.of("America/New_York");

    /** Mon-Fri 09:00-17:00, and Sunday 00:00-06:00, which contains both transitions. */
    final BusinessCalendar calendar =
        new BusinessCalendar(
            zone,
            new WeeklySchedule(
                Map.of(
                    DayOfWeek.MONDAY,
                    List.of(WorkingSlot.parse("09:00-17:00")),
                    DayOfWeek.TUESDAY,
                    List.of(WorkingSlot.parse("09:00-17:00")),
                    DayOfWeek.WEDNESDAY,
                    List.of(WorkingSlot.parse("09:00-17:00")),
                    DayOfWeek.THURSDAY,
                    List.of(WorkingSlot.parse("09:00-17:00")),
                    DayOfWeek.FRIDAY,
                    List.of(WorkingSlot.parse("09:00-17:00")),
                    SUNDAY,
                    List.of(WorkingSlot.parse("00:00-06:00")))),
            List.of());

    @Test
    void springForward() {
      // Sun Mar 14: 00:00 EST to 06:00 EDT is 5h
      assertThat(
              calendar.workingIntervals(utc("2027-03-14T05:00:00Z"), utc("2027-03-15T04:00:00Z")))
          .containsExactly(interval("2027-03-14T05:00:00Z", "2027-03-14T10:00:00Z"));
      // Fri Mar 12 16:00 EST + 7h = Fri 1h, Sun 5h, Mon 09:00-10:00 EDT
      assertThat(calendar.addBusinessTime(utc("2027-03-12T21:00:00Z"), hours(7)))
          .isEqualTo(utc("2027-03-15T14:00:00Z"));
      // Fri 09:00 EST to Mon 17:00 EDT = 8h + 5h + 8h
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-03-12T14:00:00Z"), utc("2027-03-15T21:00:00Z")))
          .isEqualTo(hours(21));
    }

    @Test
    void fallBack() {
      // Sun Nov 7: 00:00 EDT to 06:00 EST is 7h
      assertThat(
              calendar.workingIntervals(utc("2027-11-07T04:00:00Z"), utc("2027-11-08T05:00:00Z")))
          .containsExactly(interval("2027-11-07T04:00:00Z", "2027-11-07T11:00:00Z"));
      // Fri Nov 5 16:00 EDT + 9h = Fri 1h, Sun 7h, Mon 09:00-10:00 EST
      assertThat(calendar.addBusinessTime(utc("2027-11-05T20:00:00Z"), hours(9)))
          .isEqualTo(utc("2027-11-08T15:00:00Z"));
      // Fri 09:00 EDT to Mon 17:00 EST = 8h + 7h + 8h
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-11-05T13:00:00Z"), utc("2027-11-08T22:00:00Z")))
          .isEqualTo(hours(23));
    }

    @Test
    void ordinarySundayIsSixHours() {
      // Sun Mar 7: 00:00-06:00 EST
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-03-07T05:00:00Z"), utc("2027-03-08T05:00:00Z")))
          .isEqualTo(hours(6));
    }
  }

  @Nested
  class Moscow {

    final BusinessCalendar calendar =
        new BusinessCalendar(
            ZoneId.of("Europe/Moscow"), WeeklySchedule.mondayToFriday("09:00-18:00"), List.of());

    @Test
    void nothingMovesWhenEuropeChangesClocksInMarch() {
      // Fri Mar 26 17:00 MSK + 2h = Mon Mar 29 10:00 MSK
      assertThat(calendar.addBusinessTime(utc("2027-03-26T14:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-03-29T07:00:00Z"));
      // Fri 09:00 to Mon 18:00 MSK
      assertThat(
              calendar.businessTimeBetween(
                  utc("2027-03-26T06:00:00Z"), utc("2027-03-29T15:00:00Z")))
          .isEqualTo(hours(18));
    }

    @Test
    void nothingMovesInOctoberEither() {
      // Fri Oct 29 17:00 MSK + 2h = Mon Nov 1 10:00 MSK
      assertThat(calendar.addBusinessTime(utc("2027-10-29T14:00:00Z"), hours(2)))
          .isEqualTo(utc("2027-11-01T07:00:00Z"));
    }

    @Test
    void twoWeeksOfNineHourDays() {
      // Mon Mar 22 09:00 MSK + 90h = Fri Apr 2 18:00 MSK
      assertThat(calendar.addBusinessTime(utc("2027-03-22T06:00:00Z"), hours(90)))
          .isEqualTo(utc("2027-04-02T15:00:00Z"));
    }
  }
}
