package org.tierdesk.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.sla.control.Holiday;
import org.tierdesk.sla.control.IcsHolidays;
import org.tierdesk.sla.control.RecomputeScope;
import org.tierdesk.sla.control.SlaInput;
import org.tierdesk.sla.control.WeeklySchedule;
import org.tierdesk.sla.control.WorkingSlot;
import org.tierdesk.sla.entity.CalendarHoliday;
import org.tierdesk.sla.entity.LineCalendar;
import org.tierdesk.sla.entity.OrgUnitCalendar;
import org.tierdesk.sla.entity.SlaCalendar;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.sla.entity.WeekSlot;

/**
 * Business calendars: their weekly slots and holidays, iCalendar imports, and which support line
 * works by which calendar. Admins edit; support reads. Every edit recomputes the open clocks that
 * count in the calendar, in the background once the edit has committed.
 */
@Stateless
public class Calendars {

  static final int MAX_NAME = 200;
  static final int MAX_ICS_CHARS = 2_000_000;

  @PersistenceContext EntityManager em;
  @Inject SlaAccess access;
  @Inject SupportLines lines;
  @Inject OrgUnits units;
  @Inject Clock clock;
  @Inject Event<RecomputeScope> recompute;

  public List<CalendarView> all() {
    access.requireSupport();
    List<LineCalendar> assignments =
        em.createNamedQuery(LineCalendar.ALL, LineCalendar.class).getResultList();
    return em.createNamedQuery(SlaCalendar.LIVE, SlaCalendar.class).getResultList().stream()
        .map(calendar -> CalendarView.of(calendar, lineCodes(calendar.getId(), assignments)))
        .toList();
  }

  public CalendarView get(long id) {
    access.requireSupport();
    return view(live(id));
  }

  public CalendarView create(CalendarForm form) {
    access.requireAdmin();
    CalendarForm given = required(form);
    SlaCalendar calendar = new SlaCalendar(name(given.name(), null), zone(given), slots(given));
    if (given.holidays() != null) {
      addHolidays(calendar, given.holidays());
    }
    em.persist(calendar);
    em.flush();
    return view(calendar);
  }

  /** Replaces name, zone, slots (and holidays when given) of a calendar the admin saw. */
  public CalendarView update(long id, CalendarForm form) {
    access.requireAdmin();
    CalendarForm given = required(form);
    SlaCalendar calendar = live(id);
    requireVersion(calendar, given.version(), true);
    calendar.redefine(name(given.name(), id), zone(given), slots(given));
    if (given.holidays() != null) {
      calendar.removeAllHolidays();
      em.flush();
      addHolidays(calendar, given.holidays());
    }
    return edited(calendar);
  }

  /** Deletes a calendar no live policy and no line uses (it is kept for the clocks of the past). */
  public void delete(long id, Long version) {
    access.requireAdmin();
    SlaCalendar calendar = live(id);
    requireVersion(calendar, version, false);
    List<String> users = new ArrayList<>();
    em.createNamedQuery(SlaPolicy.USING_CALENDAR, SlaPolicy.class)
        .setParameter("calendarId", id)
        .getResultList()
        .forEach(policy -> users.add(policy.getName()));
    em.createNamedQuery(LineCalendar.OF_CALENDAR, LineCalendar.class)
        .setParameter("calendarId", id)
        .getResultList()
        .forEach(line -> users.add(lineCode(line.getLineId())));
    em.createNamedQuery(OrgUnitCalendar.OF_CALENDAR, OrgUnitCalendar.class)
        .setParameter("calendarId", id)
        .getResultList()
        .forEach(unit -> users.add(em.find(OrgUnit.class, unit.getOrgUnitId()).getName()));
    if (!users.isEmpty()) {
      throw new Conflict("sla.calendar.inUse", calendar.getName(), String.join(", ", users));
    }
    calendar.delete(clock.instant());
    recompute.fire(RecomputeScope.calendar(id));
  }

  public HolidayView addHoliday(long calendarId, HolidayForm form) {
    access.requireAdmin();
    SlaCalendar calendar = live(calendarId);
    CalendarHoliday holiday = addHoliday(calendar, "holiday", required(form));
    edited(calendar);
    return HolidayView.of(holiday);
  }

  public void removeHoliday(long calendarId, long holidayId) {
    access.requireAdmin();
    SlaCalendar calendar = live(calendarId);
    if (!calendar.removeHoliday(holidayId)) {
      throw new NotFound("sla.holiday.notFound", holidayId);
    }
    edited(calendar);
  }

  /**
   * Adds the holidays of an iCalendar ({@code .ics}) text; holidays the calendar already has (same
   * day and hours) are skipped, so importing a feed twice adds nothing.
   */
  public HolidayImport importHolidays(long calendarId, String ics) {
    access.requireAdmin();
    SlaCalendar calendar = live(calendarId);
    if (ics == null || ics.isBlank()) {
      throw new InvalidInput("ics", "error.body.required");
    }
    if (ics.length() > MAX_ICS_CHARS) {
      throw new InvalidInput("ics", "sla.ics.tooLarge", MAX_ICS_CHARS / 1_000_000);
    }
    List<Holiday> holidays;
    try {
      holidays = IcsHolidays.parse(ics, ZoneId.of(calendar.getZoneId()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("ics", "sla.ics.invalid", e.getMessage());
    }
    int imported = 0;
    for (Holiday holiday : holidays) {
      LocalDate date =
          holiday.date().orElseGet(() -> holiday.yearlyOn().orElseThrow().atYear(2000));
      String holidayName = holiday.name().map(name -> shorten(name)).orElse(null);
      if (calendar.addHolidayOnce(
          date,
          holiday.isYearly(),
          minute(holiday.offFrom(), false),
          minute(holiday.offUntil(), true),
          holidayName)) {
        imported++;
      }
    }
    edited(calendar);
    return new HolidayImport(imported, holidays.size() - imported);
  }

  public List<LineCalendarView> lineCalendars() {
    access.requireSupport();
    List<LineCalendarView> views = new ArrayList<>();
    for (SupportLine line : lines.all()) {
      LineCalendar assignment = em.find(LineCalendar.class, line.getId());
      SlaCalendar calendar =
          assignment == null ? null : em.find(SlaCalendar.class, assignment.getCalendarId());
      views.add(
          new LineCalendarView(
              line.getCode(),
              calendar == null ? null : calendar.getId(),
              calendar == null ? null : calendar.getName()));
    }
    return views;
  }

  /** Makes a line work by a calendar; null removes the assignment (around the clock). */
  public LineCalendarView assignToLine(String lineCode, Long calendarId) {
    access.requireAdmin();
    SupportLine line = lines.byCode("line", lineCode);
    LineCalendar assignment = em.find(LineCalendar.class, line.getId());
    SlaCalendar calendar = null;
    if (calendarId == null) {
      if (assignment != null) {
        em.remove(assignment);
      }
    } else {
      calendar = liveCalendar("calendarId", calendarId);
      if (assignment == null) {
        em.persist(new LineCalendar(line.getId(), calendarId));
      } else {
        assignment.use(calendarId);
      }
    }
    recompute.fire(RecomputeScope.line(line.getId()));
    return new LineCalendarView(
        line.getCode(), calendarId, calendar == null ? null : calendar.getName());
  }

  public List<UnitCalendarView> unitCalendars() {
    access.requireSupport();
    List<UnitCalendarView> views = new ArrayList<>();
    for (OrgUnit unit : units.all()) {
      OrgUnitCalendar assignment = em.find(OrgUnitCalendar.class, unit.getId());
      SlaCalendar calendar =
          assignment == null ? null : em.find(SlaCalendar.class, assignment.getCalendarId());
      views.add(
          new UnitCalendarView(
              unit.getCode(),
              unit.getName(),
              calendar == null ? null : calendar.getId(),
              calendar == null ? null : calendar.getName()));
    }
    return views;
  }

  /**
   * Makes an organisation unit (and the units below it without a calendar of their own) work by a
   * calendar; null removes the assignment. Every open ticket's policy is chosen again, as any of
   * them may have a requester below the unit.
   */
  public UnitCalendarView assignToUnit(String unitCode, Long calendarId) {
    access.requireAdmin();
    OrgUnit unit = units.existing("unit", unitCode);
    OrgUnitCalendar assignment = em.find(OrgUnitCalendar.class, unit.getId());
    SlaCalendar calendar = null;
    if (calendarId == null) {
      if (assignment != null) {
        em.remove(assignment);
      }
    } else {
      calendar = liveCalendar("calendarId", calendarId);
      if (assignment == null) {
        em.persist(new OrgUnitCalendar(unit.getId(), calendarId));
      } else {
        assignment.use(calendarId);
      }
    }
    recompute.fire(RecomputeScope.all());
    return new UnitCalendarView(
        unit.getCode(), unit.getName(), calendarId, calendar == null ? null : calendar.getName());
  }

  private CalendarView edited(SlaCalendar calendar) {
    // Slot and holiday rows are not the calendar row: bump its version so every node rebuilds it.
    em.lock(calendar, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    recompute.fire(RecomputeScope.calendar(calendar.getId()));
    return view(calendar);
  }

  private CalendarView view(SlaCalendar calendar) {
    return CalendarView.of(
        calendar,
        lineCodes(
            calendar.getId(),
            em.createNamedQuery(LineCalendar.OF_CALENDAR, LineCalendar.class)
                .setParameter("calendarId", calendar.getId())
                .getResultList()));
  }

  private List<String> lineCodes(long calendarId, List<LineCalendar> assignments) {
    return assignments.stream()
        .filter(assignment -> assignment.getCalendarId() == calendarId)
        .map(assignment -> lineCode(assignment.getLineId()))
        .sorted()
        .toList();
  }

  private String lineCode(long lineId) {
    return lines.all().stream()
        .filter(line -> line.getId() == lineId)
        .map(SupportLine::getCode)
        .findFirst()
        .orElse(String.valueOf(lineId));
  }

  private SlaCalendar live(long id) {
    SlaCalendar calendar = em.find(SlaCalendar.class, id);
    if (calendar == null || calendar.isDeleted()) {
      throw new NotFound("sla.calendar.notFound", id);
    }
    return calendar;
  }

  /** A calendar referred to from another form field: unknown is that field's fault. */
  private SlaCalendar liveCalendar(String field, long id) {
    SlaCalendar calendar = em.find(SlaCalendar.class, id);
    if (calendar == null || calendar.isDeleted()) {
      throw new InvalidInput(field, "sla.calendar.notFound", id);
    }
    return calendar;
  }

  private static void requireVersion(SlaCalendar calendar, Long version, boolean required) {
    if (version == null && required) {
      throw new InvalidInput("version", "error.field.required");
    }
    if (version != null && version != calendar.getVersion()) {
      throw new Conflict("sla.calendar.stale", calendar.getName());
    }
  }

  private String name(String text, Long ownId) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("name", "error.field.required");
    }
    String name = text.strip();
    if (name.length() > MAX_NAME) {
      throw new InvalidInput("name", "error.field.tooLong", MAX_NAME);
    }
    boolean taken =
        em.createNamedQuery(SlaCalendar.LIVE, SlaCalendar.class).getResultList().stream()
            .anyMatch(
                other -> other.getName().equalsIgnoreCase(name) && !other.getId().equals(ownId));
    if (taken) {
      throw new InvalidInput("name", "sla.calendar.nameTaken", name);
    }
    return name;
  }

  private static String zone(CalendarForm form) {
    return SlaInput.zone("zone", form.zone()).getId();
  }

  private static List<WeekSlot> slots(CalendarForm form) {
    WeeklySchedule week = SlaInput.week("week", form.week());
    List<WeekSlot> slots = new ArrayList<>();
    for (Map.Entry<DayOfWeek, List<WorkingSlot>> day : week.slots().entrySet()) {
      for (WorkingSlot slot : day.getValue()) {
        slots.add(new WeekSlot(day.getKey(), slot.startMinute(), slot.lengthMinutes()));
      }
    }
    return slots;
  }

  private static void addHolidays(SlaCalendar calendar, List<HolidayForm> holidays) {
    for (int i = 0; i < holidays.size(); i++) {
      addHoliday(calendar, "holidays[" + i + "]", holidays.get(i));
    }
  }

  private static CalendarHoliday addHoliday(SlaCalendar calendar, String field, HolidayForm form) {
    if (form == null) {
      throw new InvalidInput(field, "error.field.required");
    }
    LocalDate date = SlaInput.date(field + ".date", form.date());
    int from = SlaInput.minuteOfDay(field + ".from", form.from(), false, 0);
    int until =
        SlaInput.minuteOfDay(field + ".until", form.until(), true, CalendarHoliday.WHOLE_DAY_END);
    if (until <= from) {
      throw new InvalidInput(field + ".until", "sla.holiday.hours", form.until());
    }
    String name = form.name() == null || form.name().isBlank() ? null : form.name().strip();
    if (name != null && name.length() > MAX_NAME) {
      throw new InvalidInput(field + ".name", "error.field.tooLong", MAX_NAME);
    }
    return calendar.addHoliday(date, form.yearly(), from, until, name);
  }

  private static int minute(LocalTime time, boolean isEnd) {
    int minute = time.getHour() * 60 + time.getMinute();
    return isEnd && minute == 0 ? CalendarHoliday.WHOLE_DAY_END : minute;
  }

  private static String shorten(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }

  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "error.body.required");
    }
    return body;
  }
}
