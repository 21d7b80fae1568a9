package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcsHolidaysTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Wraps events into a calendar, with CRLF line ends as RFC 5545 demands. */
  private static String calendar(String events) {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tierdesk//Test//EN\n" + events + "END:VCALENDAR\n";
    return text.replace("\n", "\r\n");
  }

  private static List<Holiday> parse(String ics) {
    return IcsHolidays.parse(ics, BERLIN);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void allDayEventIsAWholeDayHoliday() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            UID:1@example.org
            DTSTART;VALUE=DATE:20270107
            DTEND;VALUE=DATE:20270108
            SUMMARY:Orthodox Christmas
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(Holiday.on(date("2027-01-07")).named("Orthodox Christmas"));
  }

  @Test
  void allDayEventWithoutEndLastsOneDay() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270501
            END:VEVENT
            """);

    assertThat(parse(ics)).containsExactly(Holiday.on(date("2027-05-01")));
  }

  @Test
  void multiDayEventGivesOneHolidayPerDayWithAnExclusiveEnd() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20271224
            DTEND;VALUE=DATE:20271227
            SUMMARY:Christmas
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-12-24")).named("Christmas"),
            Holiday.on(date("2027-12-25")).named("Christmas"),
            Holiday.on(date("2027-12-26")).named("Christmas"));
  }

  @Test
  void allDayDurationInDaysOrWeeks() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270802
            DURATION:P2D
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20270809
            DURATION:P1W
            END:VEVENT
            """);

    assertThat(parse(ics))
        .extracting(h -> h.date().orElseThrow())
        .containsExactly(
            date("2027-08-02"),
            date("2027-08-03"),
            date("2027-08-09"),
            date("2027-08-10"),
            date("2027-08-11"),
            date("2027-08-12"),
            date("2027-08-13"),
            date("2027-08-14"),
            date("2027-08-15"));
  }

  @Test
  void timedEventOnOneDateIsAPartialHoliday() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART:20270107T130000
            DTEND:20270107T180000
            SUMMARY:Staff party
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-01-07"))
                .offBetween(LocalTime.of(13, 0), LocalTime.of(18, 0))
                .named("Staff party"));
  }

  @Test
  void timedEventWithDuration() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART:20270107T130000
            DURATION:PT2H30M
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-01-07")).offBetween(LocalTime.of(13, 0), LocalTime.of(15, 30)));
  }

  @Test
  void timedEventOverMidnightIsSplitPerDate() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART:20271231T220000
            DTEND:20280102T020000
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-12-31")).offBetween(LocalTime.of(22, 0), LocalTime.MIDNIGHT),
            Holiday.on(date("2028-01-01")),
            Holiday.on(date("2028-01-02")).offBetween(LocalTime.MIDNIGHT, LocalTime.of(2, 0)));
  }

  @Test
  void timedEventEndingAtMidnightTakesTheRestOfTheDay() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART:20271224T120000
            DTEND:20271225T000000
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-12-24")).offBetween(LocalTime.NOON, LocalTime.MIDNIGHT));
  }

  @Test
  void utcAndTzidTimesAreConvertedToTheCalendarZone() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART:20270107T120000Z
            DTEND:20270107T170000Z
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=America/New_York:20270708T070000
            DTEND;TZID="America/New_York":20270708T090000
            END:VEVENT
            """);

    // Jan 7: 12:00Z = 13:00 CET; Jul 8: 07:00 EDT = 11:00Z = 13:00 CEST
    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-01-07")).offBetween(LocalTime.of(13, 0), LocalTime.of(18, 0)),
            Holiday.on(date("2027-07-08")).offBetween(LocalTime.of(13, 0), LocalTime.of(15, 0)));
  }

  @Test
  void yearlyRuleMakesRecurringHolidays() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20200101
            DTEND;VALUE=DATE:20200102
            RRULE:FREQ=YEARLY
            SUMMARY:New Year's Day
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20201225
            DTEND;VALUE=DATE:20201227
            RRULE:FREQ=YEARLY;INTERVAL=1;BYMONTH=12;BYMONTHDAY=25
            SUMMARY:Christmas
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20201224T120000
            DTEND:20201225T000000
            RRULE:FREQ=YEARLY
            SUMMARY:Christmas Eve
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.everyYearOn(MonthDay.of(1, 1)).named("New Year's Day"),
            Holiday.everyYearOn(MonthDay.of(12, 25)).named("Christmas"),
            Holiday.everyYearOn(MonthDay.of(12, 26)).named("Christmas"),
            Holiday.everyYearOn(MonthDay.of(12, 24))
                .offBetween(LocalTime.NOON, LocalTime.MIDNIGHT)
                .named("Christmas Eve"));
  }

  @Test
  void yearlyRuleWithCountOrUntilListsTheOccurrences() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270503
            RRULE:FREQ=YEARLY;COUNT=3
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20280229
            RRULE:FREQ=YEARLY;UNTIL=20330101T000000Z
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-05-03")),
            Holiday.on(date("2028-05-03")),
            Holiday.on(date("2029-05-03")),
            Holiday.on(date("2028-02-29")),
            Holiday.on(date("2032-02-29")));
  }

  @Test
  void untilIsInclusive() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270503
            RRULE:FREQ=YEARLY;UNTIL=20290503
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-05-03")),
            Holiday.on(date("2028-05-03")),
            Holiday.on(date("2029-05-03")));
  }

  @Test
  void quotedParametersMayContainColonsAndSemicolons() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;X-NOTE="a:b;c";TZID="America/New_York":20270708T070000
            DTEND;TZID=America/New_York:20270708T090000
            SUMMARY:Trailing backslash\\
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-07-08"))
                .offBetween(LocalTime.of(13, 0), LocalTime.of(15, 0))
                .named("Trailing backslash\\"));
  }

  @Test
  void leapDayCountSkipsYearsWithoutOne() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20280229
            RRULE:FREQ=YEARLY;COUNT=2
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(Holiday.on(date("2028-02-29")), Holiday.on(date("2032-02-29")));
  }

  @Test
  void unfoldsFoldedLines() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DA
             TE:20271003
            SUMMARY:Tag der Deutschen
              Einheit
            DESCRIPTION:a long description that an exporter folded at seventy-five o
            \tctets using a tab
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(Holiday.on(date("2027-10-03")).named("Tag der Deutschen Einheit"));
  }

  @Test
  void acceptsLfAndMixedLineEndsAndAByteOrderMark() {
    String lf =
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20270101
        SUMMARY:New
         Year
        END:VEVENT
        END:VCALENDAR
        """;
    String mixed = "\uFEFF" + lf.replace("BEGIN:VEVENT\n", "BEGIN:VEVENT\r\n");

    assertThat(parse(lf)).containsExactly(Holiday.on(date("2027-01-01")).named("NewYear"));
    assertThat(parse(mixed)).containsExactly(Holiday.on(date("2027-01-01")).named("NewYear"));
  }

  @Test
  void ignoresOtherComponentsAndNestedAlarms() {
    String ics =
        calendar(
            """
            BEGIN:VTIMEZONE
            TZID:Europe/Berlin
            BEGIN:STANDARD
            DTSTART:19701025T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VTODO
            DTSTART;VALUE=DATE:20270301
            SUMMARY:Not a holiday
            END:VTODO
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270406
            SUMMARY:Easter Tuesday
            BEGIN:VALARM
            TRIGGER:-PT15M
            DESCRIPTION:Reminder
            SUMMARY:Alarm text
            END:VALARM
            X-CUSTOM;X-PARAM=1:whatever
            END:VEVENT
            """);

    assertThat(parse(ics)).containsExactly(Holiday.on(date("2027-04-06")).named("Easter Tuesday"));
  }

  @Test
  void unescapesTheSummaryAndSkipsCancelledEvents() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270101
            SUMMARY;LANGUAGE=en:New Year\\, first day\\; closed \\\\ no service
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270102
            STATUS:CANCELLED
            SUMMARY:Called off
            END:VEVENT
            """);

    assertThat(parse(ics))
        .containsExactly(
            Holiday.on(date("2027-01-01")).named("New Year, first day; closed \\ no service"));
  }

  @Test
  void parsedHolidaysDriveTheCalendar() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270106
            SUMMARY:Epiphany
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20270107T130000
            DTEND:20270107T180000
            END:VEVENT
            """);
    BusinessCalendar calendar =
        new BusinessCalendar(
            BERLIN, WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00"), parse(ics));

    // Tue Jan 5 17:00 CET + 6h = Tue 1h, (Wed off), Thu 09:00-13:00 4h, (afternoon off), Fri 1h
    assertThat(calendar.addBusinessTime(Instant.parse("2027-01-05T16:00:00Z"), Duration.ofHours(6)))
        .isEqualTo(Instant.parse("2027-01-08T09:00:00Z"));
  }

  @Test
  void emptyCalendarHasNoHolidays() {
    assertThat(parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).isEmpty();
  }

  static Stream<Arguments> malformedEvents() {
    String day = "DTSTART;VALUE=DATE:20270118";
    return Stream.of(
        Arguments.of("no colon", List.of("DTSTART 20270101"), 3),
        Arguments.of("bad name", List.of("DT START:20270105"), 3),
        Arguments.of("bad parameter", List.of("DTSTART;VALUE:20270105"), 3),
        Arguments.of("bad date", List.of("DTSTART;VALUE=DATE:20271332"), 3),
        Arguments.of("bad time", List.of("DTSTART:20270101T250000", "DTEND:20270101T260000"), 3),
        Arguments.of("garbage value", List.of("DTSTART:tomorrow"), 3),
        Arguments.of("VALUE mismatch", List.of("DTSTART;VALUE=DATE:20270105T100000"), 3),
        Arguments.of("no end for a time", List.of("DTSTART:20270105T100000"), 3),
        Arguments.of("no DTSTART", List.of("SUMMARY:x"), 2),
        Arguments.of("empty span", List.of(day, "DTEND;VALUE=DATE:20270118"), 4),
        Arguments.of("mixed value types", List.of(day, "DTEND:20270118T100000"), 4),
        Arguments.of(
            "unknown TZID",
            List.of("DTSTART;TZID=Mars/Olympus:20270105T100000", "DURATION:PT1H"),
            3),
        Arguments.of("bad duration", List.of("DTSTART:20270105T100000", "DURATION:an hour"), 4),
        Arguments.of("weekly rule", List.of(day, "RRULE:FREQ=WEEKLY"), 4),
        Arguments.of("nth weekday rule", List.of(day, "RRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=3MO"), 4),
        Arguments.of("other month", List.of(day, "RRULE:FREQ=YEARLY;BYMONTH=2"), 4),
        Arguments.of("other day", List.of(day, "RRULE:FREQ=YEARLY;BYMONTHDAY=19"), 4),
        Arguments.of("every other year", List.of(day, "RRULE:FREQ=YEARLY;INTERVAL=2"), 4),
        Arguments.of("malformed rule", List.of(day, "RRULE:FREQ=YEARLY;COUNT"), 4),
        Arguments.of("bad count", List.of(day, "RRULE:FREQ=YEARLY;COUNT=many"), 4),
        Arguments.of(
            "count and until", List.of(day, "RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101"), 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedEvents")
  void malformedEventNamesTheLine(String reason, List<String> body, int line) {
    List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "BEGIN:VEVENT"));
    lines.addAll(body);
    lines.addAll(List.of("END:VEVENT", "END:VCALENDAR"));

    assertThatThrownBy(() -> parse(String.join("\r\n", lines)))
        .as(reason)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid iCalendar at line " + line + " (");
  }

  static Stream<Arguments> malformedStructures() {
    return Stream.of(
        Arguments.of("no calendar", List.of("BEGIN:VEVENT", "END:VEVENT"), 1),
        Arguments.of("first not BEGIN", List.of("VERSION:2.0", "BEGIN:VCALENDAR"), 1),
        Arguments.of("fold at start", List.of(" BEGIN:VCALENDAR", "END:VCALENDAR"), 1),
        Arguments.of(
            "missing END:VEVENT",
            List.of("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20270105", "END:VCALENDAR"),
            4),
        Arguments.of(
            "unclosed calendar",
            List.of("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20270105", "END:VEVENT"),
            1),
        Arguments.of("stray END", List.of("BEGIN:VCALENDAR", "END:VCALENDAR", "END:VEVENT"), 3),
        Arguments.of(
            "outside calendar", List.of("BEGIN:VCALENDAR", "END:VCALENDAR", "SUMMARY:x"), 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedStructures")
  void malformedStructureNamesTheLine(String reason, List<String> lines, int line) {
    assertThatThrownBy(() -> parse(String.join("\n", lines)))
        .as(reason)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid iCalendar at line " + line);
  }

  @Test
  void errorMessageQuotesTheLine() {
    String ics = calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20271332\nEND:VEVENT\n");

    assertThatThrownBy(() -> parse(ics))
        .hasMessageStartingWith("Invalid iCalendar at line 5 (DTSTART;VALUE=DATE:20271332): ");
  }

  @Test
  void emptyTextIsNotACalendar() {
    assertThatThrownBy(() -> parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void runawayRecurrenceIsRefused() {
    String ics =
        calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270101
            RRULE:FREQ=YEARLY;COUNT=5000
            END:VEVENT
            """);

    assertThatThrownBy(() -> parse(ics))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 6 (RRULE:FREQ=YEARLY;COUNT=5000)");
  }
}
