package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.sla.boundary.ClockView;
import org.tierdesk.sla.boundary.SlaClocks;
import org.tierdesk.ticket.boundary.TicketView;

/**
 * SLA countdown badges for the views: a ticket's clocks (read once per request and ticket), the
 * queue's compact badge from the SLA summary a ticket list already carries, and the expected first
 * response the requester is promised.
 */
@Named("slaBadges")
@RequestScoped
public class SlaBadges {

  @Inject SlaClocks slaClocks;
  @Inject Viewer viewer;
  @Inject Clock clock;

  private final Map<Long, List<ClockView>> clocks = new HashMap<>();
  private Instant now;

  /** The ticket's clocks, first response, next response, resolution; none if it may not be read. */
  public List<ClockView> of(Long ticketId) {
    if (ticketId == null) {
      return List.of();
    }
    return clocks.computeIfAbsent(ticketId, this::read);
  }

  private List<ClockView> read(long ticketId) {
    try {
      return slaClocks.ofTicket(ticketId);
    } catch (TierdeskException e) {
      return List.of();
    }
  }

  public String text(ClockView clock) {
    return SlaText.badge(clock, Messages::text);
  }

  public String colour(ClockView clock) {
    return SlaText.colour(clock);
  }

  /** "due Nov 26, 2026, 11:00 AM" in the viewer's zone; empty while paused or once done. */
  public String due(ClockView clock) {
    if (clock.dueAt() == null || clock.completedAt() != null) {
      return "";
    }
    return Messages.text("ui.sla.dueAt", viewer.dateTime(clock.dueAt()));
  }

  /** The queue's badge for a ticket, or null when no clock needs attention. */
  public SlaText.Urgent urgent(TicketView ticket) {
    return SlaText.mostUrgent(ticket.sla(), now());
  }

  public String compact(SlaText.Urgent urgent) {
    return SlaText.compact(urgent, now(), Messages::text);
  }

  /** The tooltip of the queue's badge: the deadline in the viewer's zone. */
  public String title(SlaText.Urgent urgent) {
    return urgent.dueAt() == null
        ? ""
        : Messages.text("ui.sla.dueAt", viewer.dateTime(urgent.dueAt()));
  }

  /** "Tue, Nov 26, 11:00 AM": when support will have answered at the latest; null if not known. */
  public String expectedFirstResponse(Long ticketId) {
    if (ticketId == null) {
      return null;
    }
    try {
      return slaClocks
          .expectedFirstResponse(ticketId)
          .map(due -> InstantFormat.weekdayDateTime(due, Messages.locale(), viewer.getZone()))
          .orElse(null);
    } catch (TierdeskException e) {
      return null;
    }
  }

  private Instant now() {
    if (now == null) {
      now = clock.instant();
    }
    return now;
  }
}
