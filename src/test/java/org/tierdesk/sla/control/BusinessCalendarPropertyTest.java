package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over many generated starts, amounts and pauses (seeded, so every run is the same),
 * plus a check against a slow, independent minute-by-minute definition of business time.
 */
class BusinessCalendarPropertyTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2029-01-01T00:00:00Z");

  private static WorkingSlot slot(String text) {
    return WorkingSlot.parse(text);
  }

  /** Two slots a day, a night shift on Saturday, a short Sunday, and all kinds of holidays. */
  private static final WeeklySchedule MIXED_WEEK =
      new WeeklySchedule(
          Map.of(
              DayOfWeek.MONDAY, List.of(slot("09:00-13:00"), slot("14:00-18:00")),
              DayOfWeek.TUESDAY, List.of(slot("09:00-13:00"), slot("14:00-18:00")),
              DayOfWeek.WEDNESDAY, List.of(slot("09:00-13:00"), slot("14:00-18:00")),
              DayOfWeek.THURSDAY, List.of(slot("09:00-13:00"), slot("14:00-18:00")),
              DayOfWeek.FRIDAY, List.of(slot("09:00-13:00"), slot("14:00-17:30")),
              DayOfWeek.SATURDAY, List.of(slot("22:00-04:00")),
              DayOfWeek.SUNDAY, List.of(slot("10:00-12:00"))));

  private static final List<Holiday> MIXED_HOLIDAYS =
      List.of(
          Holiday.everyYearOn(MonthDay.of(1, 1)),
          Holiday.everyYearOn(MonthDay.of(12, 24)).offBetween(LocalTime.NOON, LocalTime.MIDNIGHT),
          Holiday.everyYearOn(MonthDay.of(12, 25)),
          Holiday.everyYearOn(MonthDay.of(2, 29)),
          Holiday.on(LocalDate.of(2027, 3, 28)),
          Holiday.on(LocalDate.of(2027, 5, 2)).offBetween(LocalTime.of(1, 0), LocalTime.of(3, 0)),
          Holiday.on(LocalDate.of(2027, 6, 7))
              .offBetween(LocalTime.of(10, 30), LocalTime.of(15, 15)),
          Holiday.on(LocalDate.of(2028, 10, 29)));

  static Stream<Arguments> calendars() {
    return Stream.of(
        Arguments.of("Berlin mixed", new BusinessCalendar(BERLIN, MIXED_WEEK, MIXED_HOLIDAYS)),
        Arguments.of("Moscow mixed", new BusinessCalendar(MOSCOW, MIXED_WEEK, MIXED_HOLIDAYS)),
        Arguments.of(
            "New York office",
            new BusinessCalendar(
                ZoneId.of("America/New_York"),
                WeeklySchedule.mondayToFriday("08:30-12:00", "13:00-17:00"),
                List.of(Holiday.everyYearOn(MonthDay.of(7, 4))))),
        Arguments.of(
            "Berlin nights",
            new BusinessCalendar(
                BERLIN,
                WeeklySchedule.on(
                    java.util.EnumSet.allOf(DayOfWeek.class),
                    slot("01:00-02:45"),
                    slot("03:00-04:00"),
                    slot("22:00-00:30")),
                List.of())),
        Arguments.of("Berlin 24x7", BusinessCalendar.allDay(BERLIN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void businessTimeUntilTheDueInstantIsTheAmount(String name, BusinessCalendar calendar) {
    Random random = new Random(20270104L + name.hashCode());
    for (int i = 0; i < 2_000; i++) {
      Instant start = randomInstant(random, FROM, UNTIL);
      Duration amount = randomAmount(random);
      List<TimeInterval> pauses = randomPauses(random, start, false);

      Instant due = calendar.addBusinessTime(start, amount, pauses);

      String sample = start + " + " + amount + " with " + pauses;
      assertThat(calendar.businessTimeBetween(start, due, pauses)).as(sample).isEqualTo(amount);
      assertThat(due).as(sample).isAfterOrEqualTo(start);
      if (!amount.isZero()) {
        // earliest: one nanosecond before the due instant, the amount is not yet reached
        assertThat(calendar.businessTimeBetween(start, due.minusNanos(1), pauses))
            .as(sample)
            .isLessThan(amount);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void moreBusinessTimeIsNeverDueEarlier(String name, BusinessCalendar calendar) {
    Random random = new Random(42L + name.hashCode());
    for (int i = 0; i < 1_000; i++) {
      Instant start = randomInstant(random, FROM, UNTIL);
      Duration smaller = randomAmount(random);
      Duration larger = smaller.plus(Duration.ofNanos(1 + random.nextInt(1_000_000_000)));
      List<TimeInterval> pauses = randomPauses(random, start, false);

      assertThat(calendar.addBusinessTime(start, larger, pauses))
          .as(start + " + " + smaller + " / " + larger)
          .isAfter(calendar.addBusinessTime(start, smaller, pauses));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void businessTimeAddsUpOverConsecutiveRanges(String name, BusinessCalendar calendar) {
    Random random = new Random(7L + name.hashCode());
    for (int i = 0; i < 1_000; i++) {
      Instant a = randomInstant(random, FROM, UNTIL);
      Instant b = a.plusSeconds(random.nextInt(30 * 86_400)).plusNanos(random.nextInt(1000));
      Instant c = b.plusSeconds(random.nextInt(30 * 86_400));
      List<TimeInterval> pauses = randomPauses(random, a, true);

      assertThat(calendar.businessTimeBetween(a, c, pauses))
          .as(a + " " + b + " " + c)
          .isEqualTo(
              calendar
                  .businessTimeBetween(a, b, pauses)
                  .plus(calendar.businessTimeBetween(b, c, pauses)));
    }
  }

  @Test
  void openEndedPauseEitherDueBeforeItOrNever() {
    BusinessCalendar calendar = new BusinessCalendar(BERLIN, MIXED_WEEK, MIXED_HOLIDAYS);
    Random random = new Random(99L);
    for (int i = 0; i < 200; i++) {
      Instant start = randomInstant(random, FROM, UNTIL);
      Duration amount = randomAmount(random);
      Instant pauseFrom = start.plusSeconds(random.nextInt(20 * 86_400));
      List<TimeInterval> pauses = List.of(TimeInterval.openEnded(pauseFrom));
      Duration available = calendar.businessTimeBetween(start, pauseFrom);

      Throwable failure = catchThrowable(() -> calendar.addBusinessTime(start, amount, pauses));

      if (amount.compareTo(available) <= 0) {
        assertThat(failure).isNull();
        assertThat(calendar.addBusinessTime(start, amount, pauses)).isBeforeOrEqualTo(pauseFrom);
      } else {
        assertThat(failure).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void agreesWithAMinuteByMinuteCountInAZoneWithoutTransitions() {
    BusinessCalendar calendar = new BusinessCalendar(MOSCOW, MIXED_WEEK, MIXED_HOLIDAYS);
    MinuteOracle oracle = new MinuteOracle(MOSCOW, MIXED_WEEK, MIXED_HOLIDAYS);
    Random random = new Random(5L);
    for (int i = 0; i < 200; i++) {
      Instant start = randomMinute(random);
      List<TimeInterval> pauses = randomMinutePauses(random, start);
      long minutes = random.nextInt(3 * 24 * 60);

      Instant due = oracle.addMinutes(start, minutes, pauses);
      Instant to = start.plusSeconds(60L * random.nextInt(7 * 24 * 60));

      String sample = start + " + " + minutes + "min with " + pauses;
      assertThat(calendar.addBusinessTime(start, Duration.ofMinutes(minutes), pauses))
          .as(sample)
          .isEqualTo(due);
      assertThat(calendar.businessTimeBetween(start, to, pauses))
          .as(start + " to " + to + " with " + pauses)
          .isEqualTo(Duration.ofMinutes(oracle.countMinutes(start, to, pauses)));
    }
  }

  @Test
  void memoizedDaysThatShareACacheEntryStayApart() {
    // Mon Jan 4 2027 is a holiday; Fri Aug 13 2032, 2048 days later, is an ordinary workday.
    BusinessCalendar calendar =
        new BusinessCalendar(
            BERLIN,
            WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00"),
            List.of(Holiday.on(LocalDate.of(2027, 1, 4))));
    for (int round = 0; round < 3; round++) {
      assertThat(
              calendar.businessTimeBetween(
                  Instant.parse("2027-01-03T23:00:00Z"), Instant.parse("2027-01-04T23:00:00Z")))
          .isZero();
      assertThat(
              calendar.businessTimeBetween(
                  Instant.parse("2032-08-12T22:00:00Z"), Instant.parse("2032-08-13T22:00:00Z")))
          .isEqualTo(Duration.ofHours(8));
    }
  }

  @Test
  void sharedCalendarGivesTheSameAnswersUnderConcurrentUse() throws Exception {
    BusinessCalendar shared = new BusinessCalendar(BERLIN, MIXED_WEEK, MIXED_HOLIDAYS);
    Random random = new Random(11L);
    List<Instant> starts = new ArrayList<>();
    List<Duration> amounts = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      // twenty years, so that memoized days are evicted and recomputed while others read them
      starts.add(
          randomInstant(
              random,
              Instant.parse("2020-01-01T00:00:00Z"),
              Instant.parse("2040-01-01T00:00:00Z")));
      amounts.add(randomAmount(random));
    }
    BusinessCalendar reference = new BusinessCalendar(BERLIN, MIXED_WEEK, MIXED_HOLIDAYS);
    List<Instant> expected = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      expected.add(reference.addBusinessTime(starts.get(i), amounts.get(i)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Instant>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  List<Instant> due = new ArrayList<>();
                  for (int i = 0; i < starts.size(); i++) {
                    int k = (i + offset * 1000) % starts.size();
                    due.add(shared.addBusinessTime(starts.get(k), amounts.get(k)));
                  }
                  return due;
                }));
      }
      for (int t = 0; t < 4; t++) {
        List<Instant> due = results.get(t).get();
        for (int i = 0; i < starts.size(); i++) {
          assertThat(due.get(i)).isEqualTo(expected.get((i + t * 1000) % starts.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Instant randomInstant(Random random, Instant from, Instant until) {
    long seconds = until.getEpochSecond() - from.getEpochSecond();
    return from.plusSeconds((long) (random.nextDouble() * seconds))
        .plusNanos(random.nextInt(1_000_000_000));
  }

  /** Zero now and then, often whole minutes or hours, sometimes weeks, always up to ~12 weeks. */
  private static Duration randomAmount(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Duration.ZERO;
      case 1 -> Duration.ofMinutes(1 + random.nextInt(600));
      case 2 -> Duration.ofHours(1 + random.nextInt(500));
      case 3 -> Duration.ofNanos(1 + random.nextInt(1_000_000));
      default -> Duration.ofSeconds(random.nextInt(2_000_000), random.nextInt(1_000_000_000));
    };
  }

  /** Up to four pauses around the start, overlapping at times, a few reaching into weeks. */
  private static List<TimeInterval> randomPauses(Random random, Instant start, boolean openEnded) {
    List<TimeInterval> pauses = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      Instant from = start.plusSeconds(random.nextInt(20 * 86_400) - 86_400L);
      Instant to =
          openEnded && random.nextInt(10) == 0
              ? Instant.MAX
              : from.plusSeconds(1 + random.nextInt(random.nextBoolean() ? 7_200 : 10 * 86_400));
      pauses.add(new TimeInterval(from, to));
    }
    return pauses;
  }

  private static Instant randomMinute(Random random) {
    Instant instant =
        randomInstant(
            random, Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
    return Instant.ofEpochSecond(instant.getEpochSecond() / 60 * 60);
  }

  private static List<TimeInterval> randomMinutePauses(Random random, Instant start) {
    List<TimeInterval> pauses = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      Instant from = start.plusSeconds(60L * (random.nextInt(6 * 24 * 60) - 24 * 60));
      pauses.add(new TimeInterval(from, from.plusSeconds(60L * (1 + random.nextInt(2 * 24 * 60)))));
    }
    return pauses;
  }

  /**
   * Business time defined minute by minute, for zones with a fixed offset: a minute works if its
   * local time lies in a slot of its date (or the after-midnight part of the previous date's slot),
   * no holiday of its date covers it and no pause covers it.
   */
  private record MinuteOracle(ZoneId zone, WeeklySchedule week, List<Holiday> holidays) {

    boolean works(Instant minute, List<TimeInterval> pauses) {
      LocalDateTime local = LocalDateTime.ofInstant(minute, zone);
      LocalDate date = local.toLocalDate();
      int m = local.getHour() * 60 + local.getMinute();
      boolean inSlot =
          week.slotsOn(date.getDayOfWeek()).stream()
                  .anyMatch(s -> s.startMinute() <= m && m < s.endMinute())
              || week.slotsOn(date.minusDays(1).getDayOfWeek()).stream()
                  .anyMatch(s -> s.startMinute() <= m + 1440 && m + 1440 < s.endMinute());
      boolean holiday =
          holidays.stream()
              .anyMatch(
                  h ->
                      h.fallsOn(date)
                          && m >= h.offFrom().toSecondOfDay() / 60
                          && (h.offUntil().equals(LocalTime.MIDNIGHT)
                              || m < h.offUntil().toSecondOfDay() / 60));
      boolean paused = pauses.stream().anyMatch(p -> p.contains(minute));
      return inSlot && !holiday && !paused;
    }

    long countMinutes(Instant from, Instant to, List<TimeInterval> pauses) {
      long count = 0;
      for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
        if (works(m, pauses)) {
          count++;
        }
      }
      return count;
    }

    Instant addMinutes(Instant start, long minutes, List<TimeInterval> pauses) {
      Instant m = start;
      for (long left = minutes; left > 0; m = m.plusSeconds(60)) {
        if (works(m, pauses)) {
          left--;
        }
      }
      return m;
    }
  }
}
