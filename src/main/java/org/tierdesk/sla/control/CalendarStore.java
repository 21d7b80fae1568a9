package org.tierdesk.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.tree.Hierarchy;
import org.tierdesk.sla.entity.CalendarHoliday;
import org.tierdesk.sla.entity.LineCalendar;
import org.tierdesk.sla.entity.OrgUnitCalendar;
import org.tierdesk.sla.entity.SlaCalendar;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.sla.entity.WeekSlot;

/**
 * Business calendars as the clock arithmetic needs them. Built calendars are kept per calendar id
 * and version, so a node rebuilds one only after it was edited (on any node: the version tells).
 */
@ApplicationScoped
public class CalendarStore {

  /** The calendar of clocks whose policy and line name none: around the clock, no holidays. */
  public static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.allDay(ZoneOffset.UTC);

  @PersistenceContext EntityManager em;
  @Inject ConfigGeneration generation;

  private final ConcurrentMap<Long, Built> built = new ConcurrentHashMap<>();

  private record Built(long version, BusinessCalendar calendar) {}

  /** The calendar with this id; around the clock for null (or a calendar that is gone). */
  public BusinessCalendar of(Long calendarId) {
    if (calendarId == null) {
      return AROUND_THE_CLOCK;
    }
    SlaCalendar stored = em.find(SlaCalendar.class, calendarId);
    if (stored == null) {
      return AROUND_THE_CLOCK;
    }
    Built cached = built.get(calendarId);
    if (cached != null && cached.version() == stored.getVersion()) {
      return cached.calendar();
    }
    BusinessCalendar calendar = toBusiness(stored);
    built.put(calendarId, new Built(stored.getVersion(), calendar));
    return calendar;
  }

  /** The calendar a policy counts in for a ticket of a line whose requester has no unit. */
  public Long resolve(SlaPolicy policy, long lineId) {
    return resolve(policy, lineId, null, Hierarchy.flat());
  }

  /**
   * The calendar a policy counts in for a ticket: the policy's own, else that of the requester's
   * organisation unit or the nearest unit above it, else the line's, else null (around the clock).
   */
  public Long resolve(SlaPolicy policy, long lineId, Long requesterUnitId, Hierarchy units) {
    if (policy.getCalendarId() != null) {
      return policy.getCalendarId();
    }
    Assignments assignments = assignments();
    for (Long unitId : units.selfAndAncestors(requesterUnitId)) {
      Long calendarId = assignments.ofUnit().get(unitId);
      if (calendarId != null) {
        return calendarId;
      }
    }
    return assignments.ofLine().get(lineId);
  }

  /** The calendar assigned to a support line; null if none. */
  public Long lineCalendarId(long lineId) {
    return assignments().ofLine().get(lineId);
  }

  /** Calendar ids by organisation unit and by line, as assigned. */
  private record Assignments(Map<Long, Long> ofUnit, Map<Long, Long> ofLine) {}

  /**
   * All calendar assignments (a few rows), read again only after the configuration changed:
   * assignments are changed only by the calendar admin, whose edits move the generation.
   */
  private Assignments assignments() {
    return generation.derived(
        "sla.calendarAssignments",
        () -> {
          Map<Long, Long> ofUnit = new HashMap<>();
          em.createQuery("SELECT u FROM OrgUnitCalendar u", OrgUnitCalendar.class)
              .getResultList()
              .forEach(u -> ofUnit.put(u.getOrgUnitId(), u.getCalendarId()));
          Map<Long, Long> ofLine = new HashMap<>();
          em.createNamedQuery(LineCalendar.ALL, LineCalendar.class)
              .getResultList()
              .forEach(l -> ofLine.put(l.getLineId(), l.getCalendarId()));
          return new Assignments(Map.copyOf(ofUnit), Map.copyOf(ofLine));
        });
  }

  /** The arithmetic's view of a stored calendar. */
  public static BusinessCalendar toBusiness(SlaCalendar calendar) {
    Map<DayOfWeek, List<WorkingSlot>> week = new EnumMap<>(DayOfWeek.class);
    for (WeekSlot slot : calendar.getSlots()) {
      week.computeIfAbsent(slot.getWeekDay(), day -> new ArrayList<>())
          .add(
              new WorkingSlot(
                  LocalTime.ofSecondOfDay(slot.getStartMinute() * 60L), slot.getLengthMinutes()));
    }
    List<Holiday> holidays = calendar.getHolidays().stream().map(CalendarStore::holiday).toList();
    return new BusinessCalendar(
        ZoneId.of(calendar.getZoneId()), new WeeklySchedule(week), holidays);
  }

  private static Holiday holiday(CalendarHoliday stored) {
    Holiday holiday =
        stored.isYearly()
            ? Holiday.everyYearOn(MonthDay.from(stored.getDate()))
            : Holiday.on(stored.getDate());
    if (!stored.isWholeDay()) {
      holiday =
          holiday.offBetween(minute(stored.getOffFromMinute()), minute(stored.getOffUntilMinute()));
    }
    return holiday.named(stored.getName());
  }

  /** A minute of the day as a local time; 1440 is the end of the day, written as midnight. */
  static LocalTime minute(int minuteOfDay) {
    return minuteOfDay >= CalendarHoliday.WHOLE_DAY_END
        ? LocalTime.MIDNIGHT
        : LocalTime.ofSecondOfDay(minuteOfDay * 60L);
  }
}
