package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The calendar a support line works by; policies without a calendar of their own count in it. */
@Entity
@Table(name = "sla_line_calendar")
@NamedQuery(name = LineCalendar.ALL, query = "SELECT l FROM LineCalendar l")
@NamedQuery(
    name = LineCalendar.OF_CALENDAR,
    query = "SELECT l FROM LineCalendar l WHERE l.calendarId = :calendarId")
public class LineCalendar {

  public static final String ALL = "LineCalendar.all";
  public static final String OF_CALENDAR = "LineCalendar.ofCalendar";

  @Id
  @Column(name = "line_id")
  private Long lineId;

  @Column(name = "calendar_id", nullable = false)
  private long calendarId;

  @Version private long version;

  protected LineCalendar() {}

  public LineCalendar(long lineId, long calendarId) {
    this.lineId = lineId;
    this.calendarId = calendarId;
  }

  public void use(long newCalendarId) {
    this.calendarId = newCalendarId;
  }

  public Long getLineId() {
    return lineId;
  }

  public long getCalendarId() {
    return calendarId;
  }
}
