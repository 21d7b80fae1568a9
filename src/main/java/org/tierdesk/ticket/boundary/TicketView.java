package org.tierdesk.ticket.boundary;

import java.time.Instant;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Environment;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * A ticket as callers see it: the REST representation and what the screens show. Lines and
 * categories are given by code, people by username (with display names alongside).
 */
public record TicketView(
    long id,
    String number,
    String subject,
    String description,
    TicketStatus status,
    Priority priority,
    String category,
    Channel channel,
    String line,
    String assignee,
    String assigneeName,
    String requester,
    String requesterName,
    EnvironmentView environment,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy,
    long version) {

  /** The environment details the requester gave. */
  public record EnvironmentView(
      String os, String browser, String application, String applicationVersion) {

    static EnvironmentView of(Environment environment) {
      return environment == null
          ? new EnvironmentView(null, null, null, null)
          : new EnvironmentView(
              environment.getOperatingSystem(),
              environment.getBrowser(),
              environment.getApplication(),
              environment.getApplicationVersion());
    }
  }

  public static TicketView of(Ticket ticket) {
    Person assignee = ticket.getAssignee();
    Person updatedBy = ticket.getUpdatedBy();
    return new TicketView(
        ticket.getId(),
        ticket.displayNumber(),
        ticket.getSubject(),
        ticket.getDescription(),
        ticket.getStatus(),
        ticket.getPriority(),
        ticket.getCategory() == null ? null : ticket.getCategory().getCode(),
        ticket.getChannel(),
        ticket.getLine().getCode(),
        assignee == null ? null : assignee.getUsername(),
        assignee == null ? null : assignee.getDisplayName(),
        ticket.getRequester().getUsername(),
        ticket.getRequester().getDisplayName(),
        EnvironmentView.of(ticket.getEnvironment()),
        ticket.getCreatedAt(),
        ticket.getUpdatedAt(),
        updatedBy == null ? null : updatedBy.getDisplayName(),
        ticket.getVersion());
  }
}
