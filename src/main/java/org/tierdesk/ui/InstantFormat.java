package org.tierdesk.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants as a person reads them: in their language and their time zone. */
public final class InstantFormat {

  private InstantFormat() {}

  /** Date and time for detail views: "Nov 25, 2026, 9:41 AM", "25 нояб. 2026 г., 09:41". */
  public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
    return format(instant, FormatStyle.MEDIUM, locale, zone);
  }

  /** Date and time for table columns: "11/25/26, 9:41 AM", "25.11.2026, 09:41". */
  public static String shortDateTime(Instant instant, Locale locale, ZoneId zone) {
    return format(instant, FormatStyle.SHORT, locale, zone);
  }

  /**
   * Weekday, date and time, for promises: "Thu, Nov 26, 2026, 11:00 AM", "чт, 26 нояб. 2026 г.,
   * 11:00".
   */
  public static String weekdayDateTime(Instant instant, Locale locale, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern("EEE, ", locale).withZone(zone).format(instant)
        + dateTime(instant, locale, zone);
  }

  private static String format(Instant instant, FormatStyle dateStyle, Locale locale, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant);
  }

  /** The zone a person chose, or UTC when they chose none (or one the JVM does not know). */
  public static ZoneId zoneOf(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
