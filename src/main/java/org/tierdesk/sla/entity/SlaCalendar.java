package org.tierdesk.sla.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A business calendar: a time zone, weekly working slots and holidays. Deleting one only marks it
 * deleted, because clocks and reports of the past still refer to it.
 */
@Entity
@Table(name = "sla_calendar")
@NamedQuery(
    name = SlaCalendar.LIVE,
    query = "SELECT c FROM SlaCalendar c WHERE c.deletedAt IS NULL ORDER BY c.name, c.id")
public class SlaCalendar {

  public static final String LIVE = "SlaCalendar.live";

  @Id
  @SequenceGenerator(
      name = "sla_calendar_seq",
      sequenceName = "sla_calendar_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_calendar_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "zone_id", nullable = false, length = 60)
  private String zoneId;

  @ElementCollection
  @CollectionTable(name = "sla_calendar_slot", joinColumns = @JoinColumn(name = "calendar_id"))
  private Set<WeekSlot> slots = new HashSet<>();

  @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date, offFromMinute")
  private List<CalendarHoliday> holidays = new ArrayList<>();

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private long version;

  protected SlaCalendar() {}

  public SlaCalendar(String name, String zoneId, Collection<WeekSlot> slots) {
    redefine(name, zoneId, slots);
  }

  /** Replaces name, zone and weekly slots (the caller has validated them). */
  public void redefine(String newName, String newZoneId, Collection<WeekSlot> newSlots) {
    this.name = newName;
    this.zoneId = newZoneId;
    this.slots.clear();
    this.slots.addAll(newSlots);
  }

  public CalendarHoliday addHoliday(
      LocalDate date, boolean yearly, int offFromMinute, int offUntilMinute, String holidayName) {
    CalendarHoliday holiday =
        new CalendarHoliday(this, date, yearly, offFromMinute, offUntilMinute, holidayName);
    holidays.add(holiday);
    return holiday;
  }

  /**
   * Adds the holiday unless one taking the same time off is there already (re-importing a feed adds
   * nothing twice); true if added.
   */
  public boolean addHolidayOnce(
      LocalDate date, boolean yearly, int offFromMinute, int offUntilMinute, String holidayName) {
    CalendarHoliday candidate =
        new CalendarHoliday(this, date, yearly, offFromMinute, offUntilMinute, holidayName);
    if (holidays.stream().anyMatch(existing -> existing.sameTimeOffAs(candidate))) {
      return false;
    }
    holidays.add(candidate);
    return true;
  }

  public boolean removeHoliday(long holidayId) {
    return holidays.removeIf(holiday -> holiday.getId() != null && holiday.getId() == holidayId);
  }

  public void removeAllHolidays() {
    holidays.clear();
  }

  public void delete(Instant now) {
    this.deletedAt = now;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getZoneId() {
    return zoneId;
  }

  public Set<WeekSlot> getSlots() {
    return Set.copyOf(slots);
  }

  public List<CalendarHoliday> getHolidays() {
    return List.copyOf(holidays);
  }

  public long getVersion() {
    return version;
  }
}
