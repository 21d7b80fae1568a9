package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.sla.boundary.CalendarForm;
import org.tierdesk.sla.boundary.CalendarView;
import org.tierdesk.sla.boundary.Calendars;
import org.tierdesk.sla.boundary.HolidayForm;
import org.tierdesk.sla.boundary.HolidayImport;
import org.tierdesk.sla.boundary.LineCalendarView;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/calendars.xhtml}: business calendars — name, time zone and weekly slots; holidays
 * added one by one or imported from an iCalendar file; and which support line works by which
 * calendar.
 */
@Named("calendarsAdmin")
@ViewScoped
public class CalendarsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Calendars calendars;

  private List<CalendarView> all = List.of();
  private List<LineCalendarView> lineCalendars = List.of();
  private final Map<String, String> assignments = new HashMap<>();
  private boolean editing;
  private CalendarView selected;
  private String name;
  private String zone;
  private WeekEditor week = new WeekEditor();
  private LocalDate holidayDate;
  private boolean holidayYearly;
  private String holidayFrom;
  private String holidayUntil;
  private String holidayName;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    all = calendars.all();
    lineCalendars = calendars.lineCalendars();
    assignments.clear();
    lineCalendars.forEach(
        l -> assignments.put(l.line(), l.calendarId() == null ? "" : l.calendarId().toString()));
    if (selected != null) {
      selected = all.stream().filter(c -> c.id() == selected.id()).findFirst().orElse(null);
    }
  }

  /** Starts a new calendar: Monday to Friday, nine to six, in UTC, for the admin to adjust. */
  public void startNew() {
    selected = null;
    editing = true;
    name = null;
    zone = "UTC";
    week = WeekEditor.workdays("09:00-18:00");
  }

  public void edit(CalendarView calendar) {
    selected = calendar;
    editing = true;
    name = calendar.name();
    zone = calendar.zone();
    week = WeekEditor.of(calendar.week());
    clearHoliday();
  }

  public void save() {
    try {
      CalendarForm form =
          new CalendarForm(
              name, zone, week.toWeek(), null, selected == null ? null : selected.version());
      CalendarView saved =
          selected == null ? calendars.create(form) : calendars.update(selected.id(), form);
      Messages.info("ui.admin.calendars.saved", saved.name());
      refresh();
      edit(saved);
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void delete() {
    try {
      calendars.delete(selected.id(), selected.version());
      Messages.info("ui.admin.calendars.deleted", selected.name());
      selected = null;
      editing = false;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void addHoliday() {
    try {
      calendars.addHoliday(
          selected.id(),
          new HolidayForm(
              holidayDate == null ? null : holidayDate.toString(),
              holidayYearly,
              holidayFrom,
              holidayUntil,
              holidayName));
      clearHoliday();
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void removeHoliday(long holidayId) {
    try {
      calendars.removeHoliday(selected.id(), holidayId);
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  /** Imports the holidays of an uploaded {@code .ics} file into the calendar being edited. */
  public void importIcs(FileUploadEvent event) {
    try {
      String ics = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
      HolidayImport result = calendars.importHolidays(selected.id(), ics);
      Messages.info("ui.admin.holidays.imported", result.imported(), result.skipped());
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  /** Makes a line work by the calendar chosen for it (none: around the clock). */
  public void assign(String line) {
    String chosen = assignments.get(line);
    try {
      calendars.assignToLine(
          line, chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen));
      Messages.info("ui.admin.lines.assigned");
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  private void clearHoliday() {
    holidayDate = null;
    holidayYearly = false;
    holidayFrom = null;
    holidayUntil = null;
    holidayName = null;
  }

  /** Every time zone the JVM knows, sorted by name. */
  public List<String> getZones() {
    return ZoneId.getAvailableZoneIds().stream().sorted().toList();
  }

  public List<CalendarView> getAll() {
    return all;
  }

  public List<LineCalendarView> getLineCalendars() {
    return lineCalendars;
  }

  /** The calendar id (text; empty for none) chosen per line code. */
  public Map<String, String> getAssignments() {
    return assignments;
  }

  public boolean isEditing() {
    return editing;
  }

  public CalendarView getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public WeekEditor getWeek() {
    return week;
  }

  public LocalDate getHolidayDate() {
    return holidayDate;
  }

  public void setHolidayDate(LocalDate holidayDate) {
    this.holidayDate = holidayDate;
  }

  public boolean isHolidayYearly() {
    return holidayYearly;
  }

  public void setHolidayYearly(boolean holidayYearly) {
    this.holidayYearly = holidayYearly;
  }

  public String getHolidayFrom() {
    return holidayFrom;
  }

  public void setHolidayFrom(String holidayFrom) {
    this.holidayFrom = holidayFrom;
  }

  public String getHolidayUntil() {
    return holidayUntil;
  }

  public void setHolidayUntil(String holidayUntil) {
    this.holidayUntil = holidayUntil;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }
}
