package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Environment;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * A ticket as callers see it: the REST representation and what the screens show. Lines and
 * categories are given by code, people by username (with display names alongside). {@code queue} is
 * the team within the line; {@code escalated} whether the ticket reached its line by escalation;
 * {@code tags} are given to support only.
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
    long version,
    Sla sla,
    String queue,
    boolean escalated,
    List<String> tags)
    implements Serializable {

  public TicketView {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /**
   * The ticket's SLA as the SLA component reports it through {@link TicketSlaSource}: the policy in
   * force and a clock per metric (null where the policy measures nothing yet, e.g. no requester
   * message awaits an answer).
   */
  public record Sla(String policy, Clock firstResponse, Clock nextResponse, Clock resolution)
      implements Serializable {}

  /**
   * One SLA clock: {@code state} is RUNNING, PAUSED, MET or BREACHED; {@code dueAt} the deadline
   * (null while paused); {@code warnAt} when the warning fires, if it has not yet.
   */
  public record Clock(String state, Instant dueAt, Instant warnAt) implements Serializable {}

  /** The same ticket with its SLA. */
  public TicketView withSla(Sla ticketSla) {
    return new TicketView(
        id,
        number,
        subject,
        description,
        status,
        priority,
        category,
        channel,
        line,
        assignee,
        assigneeName,
        requester,
        requesterName,
        environment,
        createdAt,
        updatedAt,
        updatedBy,
        version,
        ticketSla,
        queue,
        escalated,
        tags);
  }

  /** The same ticket with its tags (support's eyes only). */
  public TicketView withTags(List<String> ticketTags) {
    return new TicketView(
        id,
        number,
        subject,
        description,
        status,
        priority,
        category,
        channel,
        line,
        assignee,
        assigneeName,
        requester,
        requesterName,
        environment,
        createdAt,
        updatedAt,
        updatedBy,
        version,
        sla,
        queue,
        escalated,
        ticketTags);
  }

  /** The environment details the requester gave. */
  public record EnvironmentView(
      String os, String browser, String application, String applicationVersion)
      implements Serializable {

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
        ticket.getVersion(),
        null,
        ticket.getQueue() == null ? null : ticket.getQueue().getCode(),
        ticket.isEscalated(),
        List.of());
  }
}
