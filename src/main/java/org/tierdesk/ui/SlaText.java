package org.tierdesk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tierdesk.sla.boundary.ClockView;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.ticket.boundary.TicketView;

/**
 * Words SLA clocks for countdown badges: which timer, and how much time is left or how long it is
 * overdue ("First response: 2 h 15 min left", "Resolution: overdue by 1 d 3 h").
 */
public final class SlaText {

  /** The most urgent clock of a ticket, as the queue's badge column shows it. */
  public record Urgent(SlaMetric metric, ClockView.Badge badge, String state, Instant dueAt) {}

  /** Running clocks first (nearest deadline first), then breached ones, then paused ones. */
  private static final List<String> URGENCY = List.of("RUNNING", "BREACHED", "PAUSED");

  private SlaText() {}

  /**
   * A length of time, rounded down to the minute (to the hour beyond a day), sign dropped: "1 d 3
   * h", "2 d", "2 h 5 min", "4 h", "5 min".
   */
  public static String span(Duration duration, Timeline.Wording wording) {
    long minutes = duration.abs().toMinutes();
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    if (days > 0) {
      return hours == 0
          ? wording.text("ui.sla.span.wholeDays", days)
          : wording.text("ui.sla.span.days", days, hours);
    }
    if (hours > 0) {
      return minutes % 60 == 0
          ? wording.text("ui.sla.span.wholeHours", hours)
          : wording.text("ui.sla.span.hours", hours, minutes % 60);
    }
    return wording.text("ui.sla.span.minutes", minutes);
  }

  public static String metric(SlaMetric metric, Timeline.Wording wording) {
    return wording.text("sla.metric." + metric.name());
  }

  /** A ticket page's badge: the timer and its business time left, overdue, paused or met. */
  public static String badge(ClockView clock, Timeline.Wording wording) {
    String metric = metric(clock.metric(), wording);
    Duration remaining = clock.remaining() == null ? Duration.ZERO : clock.remaining();
    if (clock.completedAt() != null) {
      return wording.text(
          clock.badge() == ClockView.Badge.RED ? "ui.sla.badge.missed" : "ui.sla.badge.met",
          metric);
    }
    if (clock.paused()) {
      return wording.text("ui.sla.badge.paused", metric, span(remaining, wording));
    }
    if (clock.badge() == ClockView.Badge.RED || remaining.isNegative()) {
      return wording.text("ui.sla.badge.overdue", metric, span(remaining, wording));
    }
    return wording.text("ui.sla.badge.left", metric, span(remaining, wording));
  }

  /** The CSS modifier of a badge: its colour, overdue clocks red even before the sweep noticed. */
  public static String colour(ClockView clock) {
    if (clock.completedAt() == null
        && clock.remaining() != null
        && clock.remaining().isNegative()) {
      return ClockView.Badge.RED.name();
    }
    return clock.badge().name();
  }

  /**
   * The clock to show in a ticket list: the running one due first, else a breached one, else a
   * paused one; null when the ticket has no clock that needs attention.
   */
  public static Urgent mostUrgent(TicketView.Sla sla, Instant now) {
    if (sla == null) {
      return null;
    }
    List<Urgent> candidates = new ArrayList<>();
    add(candidates, SlaMetric.FIRST_RESPONSE, sla.firstResponse(), now);
    add(candidates, SlaMetric.NEXT_RESPONSE, sla.nextResponse(), now);
    add(candidates, SlaMetric.RESOLUTION, sla.resolution(), now);
    return candidates.stream()
        .min(
            Comparator.comparing((Urgent u) -> URGENCY.indexOf(u.state()))
                .thenComparing(u -> u.dueAt() == null ? Instant.MAX : u.dueAt()))
        .orElse(null);
  }

  private static void add(
      List<Urgent> candidates, SlaMetric metric, TicketView.Clock clock, Instant now) {
    if (clock == null || !URGENCY.contains(clock.state())) {
      return; // MET: nothing left to watch
    }
    ClockView.Badge badge =
        switch (clock.state()) {
          case "RUNNING" -> running(clock, now);
          case "BREACHED" -> ClockView.Badge.RED;
          default -> ClockView.Badge.GREEN;
        };
    candidates.add(new Urgent(metric, badge, clock.state(), clock.dueAt()));
  }

  private static ClockView.Badge running(TicketView.Clock clock, Instant now) {
    if (clock.dueAt() != null && !now.isBefore(clock.dueAt())) {
      return ClockView.Badge.RED;
    }
    // warnAt is cleared once the warning has fired.
    boolean warned = clock.warnAt() == null || !now.isBefore(clock.warnAt());
    return warned ? ClockView.Badge.AMBER : ClockView.Badge.GREEN;
  }

  /**
   * The queue's compact badge: "First response · 2 h 5 min", "… · overdue 10 min", "… · missed", "…
   * · paused".
   */
  public static String compact(Urgent urgent, Instant now, Timeline.Wording wording) {
    String metric = metric(urgent.metric(), wording);
    if (urgent.state().equals("BREACHED")) {
      return wording.text("ui.sla.compact.missed", metric);
    }
    if (urgent.state().equals("PAUSED") || urgent.dueAt() == null) {
      return wording.text("ui.sla.compact.paused", metric);
    }
    Duration left = Duration.between(now, urgent.dueAt());
    return left.isNegative()
        ? wording.text("ui.sla.compact.overdue", metric, span(left, wording))
        : wording.text("ui.sla.compact.left", metric, span(left, wording));
  }
}
