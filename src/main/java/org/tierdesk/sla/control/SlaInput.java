package org.tierdesk.sla.control;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tierdesk.platform.errors.InvalidInput;

/**
 * Reads SLA settings from the text people and API clients send (zones, working slots, holidays,
 * durations, instants), refusing anything malformed with an {@link InvalidInput} that names the
 * exact field, e.g. {@code calendar.week.MON[1]}.
 */
public final class SlaInput {

  /** The longest target or shift accepted: ten years is more than any service level. */
  public static final Duration MAX_DURATION = Duration.ofDays(3650);

  private static final Pattern HOLIDAY =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2})(?:\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2}))?");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
  private static final int MINUTES_PER_DAY = 24 * 60;

  private SlaInput() {}

  public static ZoneId zone(String field, String text) {
    if (blank(text)) {
      throw new InvalidInput(field, "error.field.required");
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new InvalidInput(field, "sla.zone.invalid", text);
    }
  }

  /**
   * A weekly schedule from day names (MON or MONDAY) to slot texts. Fields are named {@code
   * <field>.MON[0]} for a slot, {@code <field>.MON} for a day whose slots overlap.
   */
  public static WeeklySchedule week(String field, Map<String, List<String>> days) {
    if (days == null || days.isEmpty()) {
      throw new InvalidInput(field, "sla.week.empty");
    }
    Map<DayOfWeek, List<WorkingSlot>> week = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<String, List<String>> entry : days.entrySet()) {
      String dayField = field + "." + entry.getKey();
      DayOfWeek day = day(dayField, entry.getKey());
      List<String> texts = entry.getValue() == null ? List.of() : entry.getValue();
      List<WorkingSlot> slots = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        slots.add(slot(dayField + "[" + i + "]", texts.get(i)));
      }
      requireNoOverlap(dayField, Map.of(day, slots));
      week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(slots);
    }
    WeeklySchedule schedule = requireNoOverlap(field, week);
    if (schedule.isEmpty()) {
      throw new InvalidInput(field, "sla.week.empty");
    }
    return schedule;
  }

  private static WeeklySchedule requireNoOverlap(
      String field, Map<DayOfWeek, List<WorkingSlot>> week) {
    try {
      return new WeeklySchedule(week);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "sla.week.overlap", e.getMessage());
    }
  }

  /** A weekday as MON or MONDAY, any case. */
  public static DayOfWeek day(String field, String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name) || day.name().substring(0, 3).equals(name)) {
        return day;
      }
    }
    throw new InvalidInput(field, "sla.day.invalid", text);
  }

  public static WorkingSlot slot(String field, String text) {
    if (blank(text)) {
      throw new InvalidInput(field, "error.field.required");
    }
    try {
      return WorkingSlot.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "sla.slot.invalid", text);
    }
  }

  /** A non-negative ISO-8601 duration (PT4H, P1DT2H) of at most {@link #MAX_DURATION}. */
  public static Duration duration(String field, String text) {
    if (blank(text)) {
      throw new InvalidInput(field, "error.field.required");
    }
    Duration duration;
    try {
      duration = Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "sla.duration.invalid", text);
    }
    return durationInRange(field, duration);
  }

  public static Duration durationInRange(String field, Duration duration) {
    if (duration == null) {
      throw new InvalidInput(field, "error.field.required");
    }
    if (duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
      throw new InvalidInput(field, "sla.duration.range", MAX_DURATION.toDays());
    }
    return duration;
  }

  /** A target kept in whole minutes, as policies store them. */
  public static int wholeMinutes(String field, Duration duration) {
    Duration checked = durationInRange(field, duration);
    if (!checked.equals(Duration.ofMinutes(checked.toMinutes()))) {
      throw new InvalidInput(field, "sla.duration.wholeMinutes");
    }
    return Math.toIntExact(checked.toMinutes());
  }

  public static Instant instant(String field, String text) {
    if (blank(text)) {
      throw new InvalidInput(field, "error.field.required");
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "sla.instant.invalid", text);
    }
  }

  public static LocalDate date(String field, String text) {
    if (blank(text)) {
      throw new InvalidInput(field, "error.field.required");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "sla.date.invalid", text);
    }
  }

  /**
   * A minute of the day from HH:mm; {@code 24:00} (the end of the day) only where {@code endOfDay}
   * allows it. Blank gives {@code fallback}.
   */
  public static int minuteOfDay(String field, String text, boolean endOfDay, int fallback) {
    if (blank(text)) {
      return fallback;
    }
    String value = text.strip();
    if (endOfDay && value.equals("24:00")) {
      return MINUTES_PER_DAY;
    }
    if (!TIME.matcher(value).matches()) {
      throw new InvalidInput(field, "sla.time.invalid", text);
    }
    try {
      LocalTime time = LocalTime.parse(value);
      return time.getHour() * 60 + time.getMinute();
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "sla.time.invalid", text);
    }
  }

  /**
   * A holiday from its short text: {@code 2027-01-07} (one day), {@code --01-07} (every year),
   * either optionally followed by the hours off, {@code 13:00-18:00} (until {@code 24:00}).
   */
  public static Holiday holiday(String field, String text) {
    Matcher m = HOLIDAY.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInput(field, "sla.holiday.invalid", text);
    }
    Holiday holiday;
    try {
      holiday =
          m.group(1).startsWith("--")
              ? Holiday.everyYearOn(MonthDay.parse(m.group(1)))
              : Holiday.on(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "sla.holiday.invalid", text);
    }
    if (m.group(2) == null) {
      return holiday;
    }
    int from = minuteOfDay(field, m.group(2), false, 0);
    int until = minuteOfDay(field, m.group(3), true, MINUTES_PER_DAY);
    if (until <= from) {
      throw new InvalidInput(field, "sla.holiday.hours", text);
    }
    return holiday.offBetween(CalendarStore.minute(from), CalendarStore.minute(until));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
