package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tierdesk.sla.boundary.ClockView;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.ticket.boundary.TicketView;

/** Countdown badge texts and the choice of the clock a ticket list shows. */
class SlaTextTest {

  private static final Instant NOW = Instant.parse("2027-01-06T12:00:00Z");

  @Test
  void spansRoundDownToTheMinuteAndDropTheSign() {
    assertThat(SlaText.span(Duration.ofSeconds(59), SlaTextTest::text))
        .isEqualTo("ui.sla.span.minutes[0]");
    assertThat(SlaText.span(Duration.ofMinutes(135), SlaTextTest::text))
        .isEqualTo("ui.sla.span.hours[2, 15]");
    assertThat(SlaText.span(Duration.ofMinutes(-60), SlaTextTest::text))
        .isEqualTo("ui.sla.span.wholeHours[1]");
    assertThat(SlaText.span(Duration.ofDays(2).plusMinutes(59), SlaTextTest::text))
        .isEqualTo("ui.sla.span.wholeDays[2]");
    assertThat(SlaText.span(Duration.ofHours(27).plusMinutes(59), SlaTextTest::text))
        .isEqualTo("ui.sla.span.days[1, 3]");
  }

  @Test
  void aRunningClockSaysWhichTimerAndHowMuchIsLeft() {
    ClockView clock = clock(ClockState.RUNNING, ClockView.Badge.GREEN, false, null, 90);

    assertThat(SlaText.badge(clock, SlaTextTest::text))
        .isEqualTo("ui.sla.badge.left[sla.metric.FIRST_RESPONSE[], ui.sla.span.hours[1, 30]]");
    assertThat(SlaText.colour(clock)).isEqualTo("GREEN");
  }

  @Test
  void anOverrunClockIsRedAndOverdueBeforeTheSweepNoticed() {
    ClockView clock = clock(ClockState.RUNNING, ClockView.Badge.AMBER, false, null, -5);

    assertThat(SlaText.badge(clock, SlaTextTest::text))
        .isEqualTo("ui.sla.badge.overdue[sla.metric.FIRST_RESPONSE[], ui.sla.span.minutes[5]]");
    assertThat(SlaText.colour(clock)).isEqualTo("RED");
  }

  @Test
  void pausedMetAndMissedClocksSaySo() {
    assertThat(
            SlaText.badge(
                clock(ClockState.PAUSED, ClockView.Badge.AMBER, true, null, 30), SlaTextTest::text))
        .isEqualTo("ui.sla.badge.paused[sla.metric.FIRST_RESPONSE[], ui.sla.span.minutes[30]]");
    assertThat(
            SlaText.badge(
                clock(ClockState.MET, ClockView.Badge.DONE, false, NOW, 30), SlaTextTest::text))
        .isEqualTo("ui.sla.badge.met[sla.metric.FIRST_RESPONSE[]]");
    ClockView missed = clock(ClockState.BREACHED, ClockView.Badge.RED, false, NOW, -30);
    assertThat(SlaText.badge(missed, SlaTextTest::text))
        .isEqualTo("ui.sla.badge.missed[sla.metric.FIRST_RESPONSE[]]");
    assertThat(SlaText.colour(missed)).isEqualTo("RED");
  }

  @Test
  void theListShowsTheRunningClockDueFirst() {
    TicketView.Sla sla =
        new TicketView.Sla(
            "Standard",
            new TicketView.Clock("MET", NOW.minusSeconds(60), null),
            new TicketView.Clock("RUNNING", NOW.plusSeconds(600), NOW.plusSeconds(300)),
            new TicketView.Clock("RUNNING", NOW.plusSeconds(6000), NOW.plusSeconds(3000)));

    SlaText.Urgent urgent = SlaText.mostUrgent(sla, NOW);

    assertThat(urgent.metric()).isEqualTo(SlaMetric.NEXT_RESPONSE);
    assertThat(urgent.badge()).isEqualTo(ClockView.Badge.GREEN);
    assertThat(SlaText.compact(urgent, NOW, SlaTextTest::text))
        .isEqualTo("ui.sla.compact.left[sla.metric.NEXT_RESPONSE[], ui.sla.span.minutes[10]]");
  }

  @Test
  void aRunningClockPastItsWarningIsAmberAndPastItsDeadlineRed() {
    TicketView.Sla warned =
        new TicketView.Sla(
            "Standard", new TicketView.Clock("RUNNING", NOW.plusSeconds(600), null), null, null);
    TicketView.Sla overdue =
        new TicketView.Sla(
            "Standard", new TicketView.Clock("RUNNING", NOW.minusSeconds(120), null), null, null);

    assertThat(SlaText.mostUrgent(warned, NOW).badge()).isEqualTo(ClockView.Badge.AMBER);
    SlaText.Urgent late = SlaText.mostUrgent(overdue, NOW);
    assertThat(late.badge()).isEqualTo(ClockView.Badge.RED);
    assertThat(SlaText.compact(late, NOW, SlaTextTest::text))
        .isEqualTo("ui.sla.compact.overdue[sla.metric.FIRST_RESPONSE[], ui.sla.span.minutes[2]]");
  }

  @Test
  void breachedComesAfterRunningAndPausedLast() {
    TicketView.Sla sla =
        new TicketView.Sla(
            "Standard",
            new TicketView.Clock("BREACHED", NOW.minusSeconds(6000), null),
            new TicketView.Clock("PAUSED", null, null),
            null);

    SlaText.Urgent urgent = SlaText.mostUrgent(sla, NOW);

    assertThat(urgent.metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
    assertThat(SlaText.compact(urgent, NOW, SlaTextTest::text))
        .isEqualTo("ui.sla.compact.missed[sla.metric.FIRST_RESPONSE[]]");
    TicketView.Sla pausedOnly =
        new TicketView.Sla("Standard", null, new TicketView.Clock("PAUSED", null, null), null);
    assertThat(SlaText.compact(SlaText.mostUrgent(pausedOnly, NOW), NOW, SlaTextTest::text))
        .isEqualTo("ui.sla.compact.paused[sla.metric.NEXT_RESPONSE[]]");
  }

  @Test
  void noClockNeedsAttentionWithoutSlaOrWhenAllAreMet() {
    assertThat(SlaText.mostUrgent(null, NOW)).isNull();
    assertThat(
            SlaText.mostUrgent(
                new TicketView.Sla("Standard", new TicketView.Clock("MET", NOW, null), null, null),
                NOW))
        .isNull();
  }

  private static ClockView clock(
      ClockState state,
      ClockView.Badge badge,
      boolean paused,
      Instant completedAt,
      int minutesLeft) {
    return new ClockView(
        SlaMetric.FIRST_RESPONSE,
        state,
        badge,
        "Standard",
        NOW.minusSeconds(3600),
        paused ? null : NOW.plusSeconds(60L * minutesLeft),
        null,
        null,
        null,
        completedAt,
        paused,
        Duration.ofHours(4),
        Duration.ofHours(1),
        Duration.ofHours(1),
        Duration.ofMinutes(minutesLeft));
  }

  private static String text(String key, Object... arguments) {
    return key
        + "["
        + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", "))
        + "]";
  }
}
