package org.tierdesk.sla.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * Time off on one calendar date, in the calendar's zone: either a one-off date or a date that
 * recurs every year, and either the whole day or a local time range of it (e.g. 13:00-18:00).
 *
 * <p>A whole-day holiday removes the local day [00:00, next 00:00), including the part of the
 * previous day's past-midnight slot that falls into it; it does not remove the part of its own
 * day's past-midnight slot that lies in the next day. A yearly holiday on February 29 only falls on
 * leap years. Build one with {@link #on(LocalDate)} or {@link #everyYearOn(MonthDay)}, then
 * optionally {@link #offBetween(LocalTime, LocalTime)} and {@link #named(String)}.
 */
public final class Holiday {

  private final LocalDate date;
  private final MonthDay yearly;
  private final LocalTime offFrom;
  private final LocalTime offUntil;
  private final String name;

  private Holiday(
      LocalDate date, MonthDay yearly, LocalTime offFrom, LocalTime offUntil, String name) {
    this.date = date;
    this.yearly = yearly;
    this.offFrom = offFrom;
    this.offUntil = offUntil;
    this.name = name;
  }

  /** The whole of one particular date. */
  public static Holiday on(LocalDate date) {
    return new Holiday(
        Objects.requireNonNull(date, "date"), null, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, null);
  }

  /** The whole of the given day in every year (February 29 only in leap years). */
  public static Holiday everyYearOn(MonthDay day) {
    return new Holiday(
        null, Objects.requireNonNull(day, "day"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, null);
  }

  /**
   * The same date(s), but only the local time range [from, until) is off.
   *
   * @param until exclusive end; {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so
   *     {@code offBetween(MIDNIGHT, MIDNIGHT)} is the whole day again
   * @throws IllegalArgumentException if until is not after from
   */
  public Holiday offBetween(LocalTime from, LocalTime until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!until.equals(LocalTime.MIDNIGHT) && !until.isAfter(from)) {
      throw new IllegalArgumentException(
          "Holiday time off must end after it starts: " + from + "-" + until);
    }
    return new Holiday(date, yearly, from, until, name);
  }

  /** The same holiday with a name, e.g. "New Year's Day"; blank means no name. */
  public Holiday named(String name) {
    return new Holiday(
        date, yearly, offFrom, offUntil, name == null || name.isBlank() ? null : name);
  }

  /** True if this holiday takes (some) time off on the given date. */
  public boolean fallsOn(LocalDate day) {
    return date != null ? date.equals(day) : yearly.equals(MonthDay.from(day));
  }

  /** The one-off date; empty for a yearly holiday. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The day in every year; empty for a one-off holiday. */
  public Optional<MonthDay> yearlyOn() {
    return Optional.ofNullable(yearly);
  }

  public boolean isYearly() {
    return yearly != null;
  }

  public boolean isWholeDay() {
    return offFrom.equals(LocalTime.MIDNIGHT) && offUntil.equals(LocalTime.MIDNIGHT);
  }

  /** Local start of the time off; 00:00 for a whole day. */
  public LocalTime offFrom() {
    return offFrom;
  }

  /** Local exclusive end of the time off; {@link LocalTime#MIDNIGHT} means 24:00. */
  public LocalTime offUntil() {
    return offUntil;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Holiday other
        && Objects.equals(date, other.date)
        && Objects.equals(yearly, other.yearly)
        && offFrom.equals(other.offFrom)
        && offUntil.equals(other.offUntil)
        && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, yearly, offFrom, offUntil, name);
  }

  @Override
  public String toString() {
    String when = date != null ? date.toString() : "every " + yearly;
    String hours = isWholeDay() ? "" : " " + offFrom + "-" + (isEndOfDay() ? "24:00" : offUntil);
    return "Holiday[" + when + hours + (name == null ? "" : " '" + name + "'") + "]";
  }

  private boolean isEndOfDay() {
    return offUntil.equals(LocalTime.MIDNIGHT);
  }
}
