package org.tierdesk.sla.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.sla.entity.SlaCalendar;
import org.tierdesk.sla.entity.WeekSlot;

/**
 * A business calendar: {@code week} maps MON..SUN (days with slots only, in week order) to slot
 * texts in start order; {@code lines} are the codes of the support lines that use it.
 */
public record CalendarView(
    long id,
    String name,
    String zone,
    Map<String, List<String>> week,
    List<HolidayView> holidays,
    List<String> lines,
    long version)
    implements Serializable {

  public CalendarView {
    week = Collections.unmodifiableMap(new LinkedHashMap<>(week));
    holidays = List.copyOf(holidays);
    lines = List.copyOf(lines);
  }

  static CalendarView of(SlaCalendar calendar, List<String> lineCodes) {
    return new CalendarView(
        calendar.getId(),
        calendar.getName(),
        calendar.getZoneId(),
        week(calendar),
        calendar.getHolidays().stream().map(HolidayView::of).toList(),
        lineCodes,
        calendar.getVersion());
  }

  /** Day key as in the REST API: the first three letters, MON..SUN. */
  static String dayKey(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static Map<String, List<String>> week(SlaCalendar calendar) {
    Map<String, List<String>> week = new LinkedHashMap<>();
    List<WeekSlot> slots = new ArrayList<>(calendar.getSlots());
    slots.sort(Comparator.comparing(WeekSlot::getWeekDay).thenComparing(WeekSlot::getStartMinute));
    for (WeekSlot slot : slots) {
      week.computeIfAbsent(dayKey(slot.getWeekDay()), day -> new ArrayList<>()).add(text(slot));
    }
    week.replaceAll((day, texts) -> List.copyOf(texts));
    return week;
  }

  private static String text(WeekSlot slot) {
    int end = (slot.getStartMinute() + slot.getLengthMinutes());
    int shownEnd = end > 24 * 60 ? end - 24 * 60 : end;
    return HolidayView.hhmm(slot.getStartMinute()) + "-" + HolidayView.hhmm(shownEnd);
  }
}
