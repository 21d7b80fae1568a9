package org.tierdesk.ui.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weekly schedule being edited: per weekday a list of working slots as text ("09:00-13:00"), with
 * slots added and removed freely; empty slots are dropped when the schedule is handed on.
 */
public class WeekEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One slot's text, as an input edits it. */
  public static class Slot implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;

    public Slot(String text) {
      this.text = text;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** A weekday and its slots; {@code key} is MON..SUN as the boundary takes it. */
  public static class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DayOfWeek day;
    private final List<Slot> slots = new ArrayList<>();

    Day(DayOfWeek day) {
      this.day = day;
    }

    public String getKey() {
      return day.name().substring(0, 3);
    }

    public String label(Locale locale) {
      String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
      return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public List<Slot> getSlots() {
      return slots;
    }

    public void add() {
      slots.add(new Slot(""));
    }

    public void remove(int index) {
      if (index >= 0 && index < slots.size()) {
        slots.remove(index);
      }
    }
  }

  private final List<Day> days = Arrays.stream(DayOfWeek.values()).map(Day::new).toList();

  /** An editor showing the given schedule (day keys MON..SUN to slot texts). */
  public static WeekEditor of(Map<String, List<String>> week) {
    WeekEditor editor = new WeekEditor();
    if (week != null) {
      for (Day day : editor.days) {
        week.getOrDefault(day.getKey(), List.of()).forEach(t -> day.slots.add(new Slot(t)));
      }
    }
    return editor;
  }

  /** Monday to Friday with the same slots, e.g. "09:00-13:00", "14:00-18:00". */
  public static WeekEditor workdays(String... slots) {
    Map<String, List<String>> week = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
        week.put(day.name().substring(0, 3), List.of(slots));
      }
    }
    return of(week);
  }

  public List<Day> getDays() {
    return days;
  }

  /** Gives Tuesday to Friday Monday's slots. */
  public void copyMondayToWeekdays() {
    Day monday = days.get(0);
    for (Day day : days.subList(1, 5)) {
      day.slots.clear();
      monday.slots.forEach(slot -> day.slots.add(new Slot(slot.getText())));
    }
  }

  /** The schedule for the boundary: days in week order, blank slots left out, texts trimmed. */
  public Map<String, List<String>> toWeek() {
    Map<String, List<String>> week = new LinkedHashMap<>();
    for (Day day : days) {
      List<String> texts =
          day.slots.stream()
              .map(Slot::getText)
              .filter(t -> t != null && !t.isBlank())
              .map(String::strip)
              .toList();
      if (!texts.isEmpty()) {
        week.put(day.getKey(), texts);
      }
    }
    return week;
  }
}
