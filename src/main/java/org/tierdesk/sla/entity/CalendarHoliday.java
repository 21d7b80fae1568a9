package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A holiday of a calendar as stored: a date (every year on its month and day when yearly), and the
 * local minutes [offFromMinute, offUntilMinute) of it that are off; 0 to 1440 is the whole day.
 */
@Entity
@Table(name = "sla_holiday")
public class CalendarHoliday {

  public static final int WHOLE_DAY_END = 24 * 60;

  @Id
  @SequenceGenerator(
      name = "sla_holiday_seq",
      sequenceName = "sla_holiday_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_holiday_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id", nullable = false, updatable = false)
  private SlaCalendar calendar;

  @Column(name = "holiday_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private boolean yearly;

  @Column(name = "off_from_minute", nullable = false)
  private int offFromMinute;

  @Column(name = "off_until_minute", nullable = false)
  private int offUntilMinute;

  @Column(length = 200)
  private String name;

  protected CalendarHoliday() {}

  CalendarHoliday(
      SlaCalendar calendar,
      LocalDate date,
      boolean yearly,
      int offFromMinute,
      int offUntilMinute,
      String name) {
    this.calendar = calendar;
    this.date = date;
    this.yearly = yearly;
    this.offFromMinute = offFromMinute;
    this.offUntilMinute = offUntilMinute;
    this.name = name;
  }

  public boolean isWholeDay() {
    return offFromMinute == 0 && offUntilMinute == WHOLE_DAY_END;
  }

  /** True if this holiday takes the same time off as the other (names aside). */
  public boolean sameTimeOffAs(CalendarHoliday other) {
    return yearly == other.yearly
        && (yearly
            ? date.getMonth() == other.date.getMonth()
                && date.getDayOfMonth() == other.date.getDayOfMonth()
            : date.equals(other.date))
        && offFromMinute == other.offFromMinute
        && offUntilMinute == other.offUntilMinute;
  }

  public Long getId() {
    return id;
  }

  public SlaCalendar getCalendar() {
    return calendar;
  }

  public LocalDate getDate() {
    return date;
  }

  public boolean isYearly() {
    return yearly;
  }

  public int getOffFromMinute() {
    return offFromMinute;
  }

  public int getOffUntilMinute() {
    return offUntilMinute;
  }

  public String getName() {
    return name;
  }
}
