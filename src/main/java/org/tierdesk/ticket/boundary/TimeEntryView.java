package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.ticket.entity.TimeEntry;

/** One time entry as callers see it, with the ticket it was spent on. */
public record TimeEntryView(
    long id,
    long ticketId,
    String ticketNumber,
    String agent,
    String agentName,
    int minutes,
    String note,
    Instant loggedAt)
    implements Serializable {

  static TimeEntryView of(TimeEntry entry) {
    return new TimeEntryView(
        entry.getId(),
        entry.getTicket().getId(),
        entry.getTicket().displayNumber(),
        entry.getAgent().getUsername(),
        entry.getAgent().getDisplayName(),
        entry.getMinutes(),
        entry.getNote(),
        entry.getLoggedAt());
  }
}
