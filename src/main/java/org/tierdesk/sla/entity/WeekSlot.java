package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.util.Objects;

/** A working slot of a calendar as stored: the weekday it starts on, its start and its length. */
@Embeddable
public class WeekSlot {

  @Enumerated(EnumType.STRING)
  @Column(name = "week_day", nullable = false, length = 9)
  private DayOfWeek weekDay;

  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "length_minutes", nullable = false)
  private int lengthMinutes;

  protected WeekSlot() {}

  public WeekSlot(DayOfWeek weekDay, int startMinute, int lengthMinutes) {
    this.weekDay = Objects.requireNonNull(weekDay);
    this.startMinute = startMinute;
    this.lengthMinutes = lengthMinutes;
  }

  public DayOfWeek getWeekDay() {
    return weekDay;
  }

  public int getStartMinute() {
    return startMinute;
  }

  public int getLengthMinutes() {
    return lengthMinutes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeekSlot other
        && weekDay == other.weekDay
        && startMinute == other.startMinute
        && lengthMinutes == other.lengthMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekDay, startMinute, lengthMinutes);
  }
}
