package org.tierdesk.sla.control;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A working period that begins on some weekday at {@code start} and lasts {@code lengthMinutes}.
 *
 * <p>A slot may run past midnight: {@code 22:00-06:00} belongs to the day it starts on and ends at
 * 06:00 the next day. Its text form is {@code HH:mm-HH:mm}; an end at or before the start means
 * "the next day", and {@code 00:00-24:00} is the whole day.
 *
 * @param start local time of day the slot begins, minute precision
 * @param lengthMinutes 1 to 1440; a full 1440-minute slot must start at 00:00 so that it has a text
 *     form ({@code 00:00-24:00})
 */
public record WorkingSlot(LocalTime start, int lengthMinutes) {

  static final int MINUTES_PER_DAY = 24 * 60;

  private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

  public WorkingSlot {
    Objects.requireNonNull(start, "start");
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("Working slot must start on a whole minute: " + start);
    }
    if (lengthMinutes <= 0 || lengthMinutes > MINUTES_PER_DAY) {
      throw new IllegalArgumentException(
          "Working slot length must be 1 to 1440 minutes: " + lengthMinutes);
    }
    if (lengthMinutes == MINUTES_PER_DAY && !start.equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException("A 24-hour working slot must start at 00:00: " + start);
    }
  }

  /** The whole day, {@code 00:00-24:00}. */
  public static WorkingSlot wholeDay() {
    return new WorkingSlot(LocalTime.MIDNIGHT, MINUTES_PER_DAY);
  }

  /**
   * Parses {@code HH:mm-HH:mm}, e.g. {@code 09:00-13:00}, {@code 22:00-06:00} (past midnight) or
   * {@code 00:00-24:00} (whole day).
   *
   * @throws IllegalArgumentException naming the text if it is malformed, has more than minute
   *     precision, or starts and ends at the same time (other than {@code 00:00-24:00})
   */
  public static WorkingSlot parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw invalid(text, "expected HH:mm-HH:mm");
    }
    int startMinute = minuteOfDay(text, m.group(1), m.group(2), false);
    int endMinute = minuteOfDay(text, m.group(3), m.group(4), true);
    if (startMinute == 0 && endMinute == MINUTES_PER_DAY) {
      return wholeDay();
    }
    if (startMinute == endMinute % MINUTES_PER_DAY) {
      throw invalid(text, "start equals end (use 00:00-24:00 for the whole day)");
    }
    int length = Math.floorMod(endMinute - startMinute, MINUTES_PER_DAY);
    return new WorkingSlot(LocalTime.ofSecondOfDay(startMinute * 60L), length);
  }

  private static int minuteOfDay(String text, String hours, String minutes, boolean isEnd) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    boolean endOfDay = isEnd && h == 24 && m == 0;
    if (m > 59 || (h > 23 && !endOfDay)) {
      throw invalid(text, "no such time of day " + hours + ":" + minutes);
    }
    return h * 60 + m;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("Invalid working slot '" + text + "': " + reason);
  }

  /** Minutes from the start day's midnight to the start, 0 to 1439. */
  public int startMinute() {
    return start.getHour() * 60 + start.getMinute();
  }

  /** Minutes from the start day's midnight to the end; above 1440 when it ends the next day. */
  public int endMinute() {
    return startMinute() + lengthMinutes;
  }

  /** True if the slot still runs after midnight, i.e. part of it lies in the next day. */
  public boolean endsNextDay() {
    return endMinute() > MINUTES_PER_DAY;
  }

  /** The text form, {@code HH:mm-HH:mm}; a slot ending exactly at midnight ends at 24:00. */
  public String format() {
    int end = endMinute() > MINUTES_PER_DAY ? endMinute() - MINUTES_PER_DAY : endMinute();
    return hhmm(startMinute()) + "-" + hhmm(end);
  }

  private static String hhmm(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  @Override
  public String toString() {
    return format();
  }
}
