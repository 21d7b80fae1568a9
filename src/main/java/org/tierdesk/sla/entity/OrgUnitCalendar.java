package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The calendar an organisation unit works by (for example a subsidiary in another time zone);
 * policies without a calendar of their own count in it for the unit's requesters and those of the
 * units below it.
 */
@Entity
@Table(name = "sla_org_unit_calendar")
@NamedQuery(name = OrgUnitCalendar.ALL, query = "SELECT u FROM OrgUnitCalendar u")
@NamedQuery(
    name = OrgUnitCalendar.OF_CALENDAR,
    query = "SELECT u FROM OrgUnitCalendar u WHERE u.calendarId = :calendarId")
public class OrgUnitCalendar {

  public static final String ALL = "OrgUnitCalendar.all";
  public static final String OF_CALENDAR = "OrgUnitCalendar.ofCalendar";

  @Id
  @Column(name = "org_unit_id")
  private Long orgUnitId;

  @Column(name = "calendar_id", nullable = false)
  private long calendarId;

  @Version private long version;

  protected OrgUnitCalendar() {}

  public OrgUnitCalendar(long orgUnitId, long calendarId) {
    this.orgUnitId = orgUnitId;
    this.calendarId = calendarId;
  }

  public void use(long newCalendarId) {
    this.calendarId = newCalendarId;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public long getCalendarId() {
    return calendarId;
  }
}
