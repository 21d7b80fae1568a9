package org.tierdesk.sla.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.tierdesk.sla.entity.CalendarHoliday;

/** A holiday of a calendar; {@code from}/{@code until} are HH:mm, 00:00-24:00 for a whole day. */
public record HolidayView(
    long id, LocalDate date, boolean yearly, String from, String until, String name)
    implements Serializable {

  static HolidayView of(CalendarHoliday holiday) {
    return new HolidayView(
        holiday.getId(),
        holiday.getDate(),
        holiday.isYearly(),
        hhmm(holiday.getOffFromMinute()),
        hhmm(holiday.getOffUntilMinute()),
        holiday.getName());
  }

  static String hhmm(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }
}
