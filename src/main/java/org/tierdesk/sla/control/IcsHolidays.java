package org.tierdesk.sla.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads holidays from an iCalendar (RFC 5545) text, as published by public-holiday feeds and
 * exported by calendar programs.
 *
 * <p>Each VEVENT becomes one {@link Holiday} per local date it covers, named by its SUMMARY:
 *
 * <ul>
 *   <li>{@code DTSTART;VALUE=DATE:20270107} is an all-day event; DTEND is exclusive (absent means
 *       one day), so {@code DTEND;VALUE=DATE:20270109} gives January 7 and 8.
 *   <li>{@code DTSTART:20270107T130000} with {@code DTEND:20270107T180000} takes 13:00-18:00 off
 *       that date; a timed event over several dates is split at midnight. Floating times are
 *       calendar-local; UTC ({@code Z}) and {@code TZID} times are converted to the calendar zone.
 *   <li>{@code RRULE:FREQ=YEARLY} (on the start date) makes the holidays recur every year, in every
 *       year (the start year does not limit it); with COUNT or UNTIL the occurrences are listed as
 *       one-off dates instead. Other recurrence rules are rejected.
 * </ul>
 *
 * <p>Folded lines are unfolded, CRLF and LF line ends are accepted, other components (VTIMEZONE,
 * VTODO, VALARM inside an event) are ignored, and cancelled events are skipped. Anything malformed
 * raises an {@link IllegalArgumentException} naming the line.
 */
public final class IcsHolidays {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}");
  private static final Pattern DATE_TIME_VALUE = Pattern.compile("\\d{8}T\\d{6}Z?");
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");

  /** Guards against a feed that would expand into an unbounded list. */
  private static final int MAX_DAYS = 1000;

  private IcsHolidays() {}

  /**
   * Parses the holidays of all VEVENTs in the text.
   *
   * @param calendarZone the zone of the calendar the holidays are for; UTC and TZID times are
   *     converted into it
   * @throws IllegalArgumentException naming the offending line if the text is not a well-formed
   *     iCalendar or uses a recurrence this model cannot express
   */
  public static List<Holiday> parse(String ics, ZoneId calendarZone) {
    Objects.requireNonNull(ics, "ics");
    Objects.requireNonNull(calendarZone, "calendarZone");
    List<ContentLine> lines = unfold(ics);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("Invalid iCalendar: empty text");
    }
    return new Reader(calendarZone).read(lines);
  }

  /** Joins folded lines (a line break followed by one space or tab) into content lines. */
  static List<ContentLine> unfold(String ics) {
    String text = ics.startsWith("\uFEFF") ? ics.substring(1) : ics;
    String[] physical = text.split("\r\n|\n|\r", -1);
    List<ContentLine> lines = new ArrayList<>();
    StringBuilder current = null;
    int currentNumber = 0;
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i];
      boolean continuation = line.startsWith(" ") || line.startsWith("\t");
      if (continuation && current != null) {
        current.append(line, 1, line.length());
        continue;
      }
      if (current != null) {
        lines.add(ContentLine.parse(currentNumber, current.toString()));
        current = null;
      }
      if (continuation) {
        throw new IllegalArgumentException(
            "Invalid iCalendar at line " + (i + 1) + ": continuation line without a line to fold");
      }
      if (!line.isEmpty()) {
        current = new StringBuilder(line);
        currentNumber = i + 1;
      }
    }
    if (current != null) {
      lines.add(ContentLine.parse(currentNumber, current.toString()));
    }
    return lines;
  }

  /** Walks the components, collecting the events that sit directly in a VCALENDAR. */
  private static final class Reader {
    private final ZoneId calendarZone;
    private final Deque<ContentLine> open = new ArrayDeque<>();
    private final List<Holiday> holidays = new ArrayList<>();
    private Event event;

    Reader(ZoneId calendarZone) {
      this.calendarZone = calendarZone;
    }

    List<Holiday> read(List<ContentLine> lines) {
      for (ContentLine line : lines) {
        if (line.name.equals("BEGIN")) {
          begin(line);
        } else if (line.name.equals("END")) {
          end(line);
        } else if (open.isEmpty()) {
          throw line.invalid("property outside BEGIN:VCALENDAR ... END:VCALENDAR");
        } else if (event != null && open.peek() == event.begin) {
          event.take(line);
        }
      }
      if (!open.isEmpty()) {
        throw open.peek().invalid("missing END:" + open.peek().value);
      }
      return List.copyOf(holidays);
    }

    private void begin(ContentLine line) {
      String component = line.value.toUpperCase(Locale.ROOT);
      if (open.isEmpty() && !component.equals("VCALENDAR")) {
        throw line.invalid("expected BEGIN:VCALENDAR");
      }
      if (component.equals("VEVENT")
          && open.peek() != null
          && open.peek().value.equalsIgnoreCase("VCALENDAR")) {
        event = new Event(line);
      }
      open.push(line);
    }

    private void end(ContentLine line) {
      if (open.isEmpty() || !open.peek().value.equalsIgnoreCase(line.value)) {
        throw line.invalid(
            open.isEmpty() ? "END without BEGIN" : "expected END:" + open.peek().value);
      }
      ContentLine begun = open.pop();
      if (event != null && event.begin == begun) {
        holidays.addAll(event.toHolidays(calendarZone));
        event = null;
      }
    }
  }

  /** The properties of one VEVENT that matter for holidays. */
  private static final class Event {
    final ContentLine begin;
    ContentLine start;
    ContentLine end;
    ContentLine duration;
    ContentLine rule;
    String name;
    boolean cancelled;

    Event(ContentLine begin) {
      this.begin = begin;
    }

    void take(ContentLine line) {
      switch (line.name) {
        case "DTSTART" -> start = line;
        case "DTEND" -> end = line;
        case "DURATION" -> duration = line;
        case "RRULE" -> rule = line;
        case "SUMMARY" -> name = unescape(line.value).strip();
        case "STATUS" -> cancelled = line.value.equalsIgnoreCase("CANCELLED");
        default -> {
          // Other properties (UID, DESCRIPTION, TRANSP, ...) do not affect the time off.
        }
      }
    }

    List<Holiday> toHolidays(ZoneId calendarZone) {
      if (start == null) {
        throw begin.invalid("VEVENT without DTSTART");
      }
      if (cancelled) {
        return List.of();
      }
      TimeOff base = timeOff(calendarZone);
      if (rule == null) {
        return base.holidays(name);
      }
      YearlyRule yearly = YearlyRule.parse(rule, base.from.toLocalDate());
      if (yearly.isUnbounded()) {
        return base.holidays(name).stream().map(h -> yearlyVersion(h)).toList();
      }
      List<Holiday> all = new ArrayList<>();
      for (int years : yearly.occurrences(MonthDay.from(base.from), base.from.getYear())) {
        all.addAll(base.plusYears(years).holidays(name));
        if (all.size() > MAX_DAYS) {
          throw rule.invalid("recurrence gives more than " + MAX_DAYS + " holidays");
        }
      }
      return all;
    }

    private static Holiday yearlyVersion(Holiday oneOff) {
      LocalDate date = oneOff.date().orElseThrow();
      return Holiday.everyYearOn(MonthDay.from(date))
          .offBetween(oneOff.offFrom(), oneOff.offUntil())
          .named(oneOff.name().orElse(null));
    }

    /** The event's span in calendar-local time. */
    private TimeOff timeOff(ZoneId calendarZone) {
      boolean allDay = isDate(start);
      LocalDateTime from = localTime(start, calendarZone);
      LocalDateTime until;
      ContentLine endLine = end != null ? end : duration;
      if (end != null) {
        if (isDate(end) != allDay) {
          throw end.invalid("DTEND must be a DATE exactly when DTSTART is");
        }
        until = localTime(end, calendarZone);
      } else if (duration != null) {
        until = plusDuration(from, duration, allDay);
      } else if (allDay) {
        until = from.plusDays(1);
      } else {
        throw start.invalid("timed VEVENT needs DTEND or DURATION");
      }
      if (!until.isAfter(from)) {
        throw (endLine != null ? endLine : start).invalid("event must end after it starts");
      }
      if (from.plusDays(MAX_DAYS).isBefore(until)) {
        throw endLine.invalid("event longer than " + MAX_DAYS + " days");
      }
      return new TimeOff(from, until);
    }

    private static boolean isDate(ContentLine line) {
      String type = line.params.get("VALUE");
      boolean date = DATE_VALUE.matcher(line.value).matches();
      if (type != null && type.equalsIgnoreCase("DATE") != date) {
        throw line.invalid("value does not match VALUE=" + type);
      }
      return date;
    }

    private static LocalDateTime localTime(ContentLine line, ZoneId calendarZone) {
      String value = line.value;
      try {
        if (DATE_VALUE.matcher(value).matches()) {
          return LocalDate.parse(value, DATE).atStartOfDay();
        }
        if (!DATE_TIME_VALUE.matcher(value).matches()) {
          throw line.invalid("expected a date (yyyyMMdd) or date-time (yyyyMMddTHHmmss[Z])");
        }
        LocalDateTime local = LocalDateTime.parse(value.substring(0, 15), DATE_TIME);
        ZoneId source = sourceZone(line);
        return source == null
            ? local
            : ZonedDateTime.of(local, source).withZoneSameInstant(calendarZone).toLocalDateTime();
      } catch (DateTimeException e) {
        throw line.invalid(e.getMessage());
      }
    }

    /** UTC for a trailing Z, the TZID zone if given, else null (floating, calendar-local). */
    private static ZoneId sourceZone(ContentLine line) {
      if (line.value.endsWith("Z")) {
        return ZoneOffset.UTC;
      }
      String tzid = line.params.get("TZID");
      if (tzid == null) {
        return null;
      }
      try {
        return ZoneId.of(tzid);
      } catch (DateTimeException e) {
        throw line.invalid("unknown TZID " + tzid);
      }
    }

    private static LocalDateTime plusDuration(
        LocalDateTime from, ContentLine line, boolean allDay) {
      String value = line.value.toUpperCase(Locale.ROOT);
      try {
        var weeks = WEEKS.matcher(value);
        if (weeks.matches()) {
          return from.plusWeeks(Long.parseLong(weeks.group(1)));
        }
        if (allDay) {
          return from.plus(Period.parse(value));
        }
        return from.plus(Duration.parse(value));
      } catch (RuntimeException e) {
        throw line.invalid("unsupported DURATION " + line.value);
      }
    }
  }

  /** A span of calendar-local time off, [from, until). */
  private record TimeOff(LocalDateTime from, LocalDateTime until) {

    TimeOff plusYears(int years) {
      return new TimeOff(from.plusYears(years), until.plusYears(years));
    }

    /** One holiday per date, split at local midnights. */
    List<Holiday> holidays(String name) {
      List<Holiday> holidays = new ArrayList<>();
      for (LocalDate date = from.toLocalDate(); date.atStartOfDay().isBefore(until); ) {
        LocalDate next = date.plusDays(1);
        LocalTime offFrom =
            date.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIDNIGHT;
        LocalTime offUntil =
            until.isBefore(next.atStartOfDay()) ? until.toLocalTime() : LocalTime.MIDNIGHT;
        holidays.add(Holiday.on(date).offBetween(offFrom, offUntil).named(name));
        date = next;
      }
      return holidays;
    }
  }

  /** RRULE:FREQ=YEARLY on the start date, optionally limited by COUNT or UNTIL. */
  private record YearlyRule(Integer count, LocalDate until) {

    static YearlyRule parse(ContentLine line, LocalDate start) {
      Map<String, String> parts = new HashMap<>();
      for (String part : line.value.split(";")) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw line.invalid("malformed RRULE part '" + part + "'");
        }
        parts.put(part.substring(0, eq).toUpperCase(Locale.ROOT), part.substring(eq + 1));
      }
      if (!"YEARLY".equalsIgnoreCase(parts.remove("FREQ"))) {
        throw line.invalid("only RRULE:FREQ=YEARLY is supported");
      }
      parts.remove("WKST");
      requireValue(line, parts.remove("INTERVAL"), "1", "INTERVAL");
      requireValue(line, parts.remove("BYMONTH"), "" + start.getMonthValue(), "BYMONTH");
      requireValue(line, parts.remove("BYMONTHDAY"), "" + start.getDayOfMonth(), "BYMONTHDAY");
      String count = parts.remove("COUNT");
      String until = parts.remove("UNTIL");
      if (!parts.isEmpty()) {
        throw line.invalid("unsupported RRULE parts " + parts.keySet());
      }
      if (count != null && until != null) {
        throw line.invalid("RRULE must not have both COUNT and UNTIL");
      }
      try {
        return new YearlyRule(
            count == null ? null : Integer.valueOf(count),
            until == null
                ? null
                : LocalDate.parse(until.substring(0, Math.min(8, until.length())), DATE));
      } catch (RuntimeException e) {
        throw line.invalid("malformed COUNT or UNTIL");
      }
    }

    private static void requireValue(ContentLine line, String value, String expected, String part) {
      if (value != null && !value.equals(expected)) {
        throw line.invalid(part + "=" + value + " is not supported (only the start date, yearly)");
      }
    }

    boolean isUnbounded() {
      return count == null && until == null;
    }

    /**
     * Years after the start year in which the event occurs. A February 29 start skips the years
     * without one, and those do not count (RFC 5545 ignores invalid recurrence dates).
     */
    List<Integer> occurrences(MonthDay day, int startYear) {
      List<Integer> years = new ArrayList<>();
      for (int offset = 0; offset <= MAX_DAYS * 4; offset++) {
        int year = startYear + offset;
        if (until != null && day.isValidYear(year) && day.atYear(year).isAfter(until)) {
          break;
        }
        if (count != null && years.size() == count) {
          break;
        }
        if (day.isValidYear(year)) {
          years.add(offset);
        }
      }
      return years;
    }
  }

  /** One unfolded line: NAME;PARAM=VALUE;...:value. */
  record ContentLine(
      int number, String text, String name, Map<String, String> params, String value) {

    static ContentLine parse(int number, String text) {
      int colon = -1;
      boolean quoted = false;
      for (int i = 0; i < text.length() && colon < 0; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ':' && !quoted) {
          colon = i;
        }
      }
      if (colon < 0) {
        throw invalid(number, text, "expected NAME:value");
      }
      String[] head = text.substring(0, colon).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      if (!PROPERTY_NAME.matcher(head[0]).matches()) {
        throw invalid(number, text, "malformed property name");
      }
      Map<String, String> params = new HashMap<>();
      for (int i = 1; i < head.length; i++) {
        int eq = head[i].indexOf('=');
        if (eq <= 0) {
          throw invalid(number, text, "malformed parameter '" + head[i] + "'");
        }
        String paramValue = head[i].substring(eq + 1);
        if (paramValue.length() >= 2 && paramValue.startsWith("\"") && paramValue.endsWith("\"")) {
          paramValue = paramValue.substring(1, paramValue.length() - 1);
        }
        params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT), paramValue);
      }
      String name = head[0].toUpperCase(Locale.ROOT);
      return new ContentLine(number, text, name, params, text.substring(colon + 1));
    }

    IllegalArgumentException invalid(String reason) {
      return invalid(number, text, reason);
    }

    private static IllegalArgumentException invalid(int number, String text, String reason) {
      String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
      return new IllegalArgumentException(
          "Invalid iCalendar at line " + number + " (" + shown + "): " + reason);
    }
  }

  /** Undoes TEXT escaping: \\ \; \, and \n. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
