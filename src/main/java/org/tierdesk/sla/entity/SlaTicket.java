package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * What the SLA engine knows of a ticket: the facts its policies match on and the policy and
 * calendar in force. It is updated in the same transaction as each ticket change, so a policy or
 * calendar edit can choose policies again from these rows alone, without touching tickets.
 */
@Entity
@Table(name = "sla_ticket")
@NamedQuery(
    name = SlaTicket.OPEN_OF_REQUESTER,
    query = "SELECT s FROM SlaTicket s WHERE s.requesterId = :requesterId AND s.active = TRUE")
public class SlaTicket {

  public static final String OPEN_OF_REQUESTER = "SlaTicket.openOfRequester";

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "policy_id", nullable = false)
  private long policyId;

  /** Null: the built-in around-the-clock calendar. */
  @Column(name = "calendar_id")
  private Long calendarId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Priority priority;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "line_id", nullable = false)
  private long lineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(name = "requester_vip", nullable = false)
  private boolean requesterVip;

  @Column(name = "requester_id")
  private Long requesterId;

  /** The requester's organisation unit when the facts were last taken in; null for none. */
  @Column(name = "requester_unit_id")
  private Long requesterUnitId;

  /** False once the ticket is closed: nothing will change its clocks any more. */
  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected SlaTicket() {}

  public SlaTicket(
      long ticketId, long requesterId, TicketFacts facts, long policyId, Long calendarId) {
    this.ticketId = ticketId;
    this.requesterId = requesterId;
    observe(facts);
    governBy(policyId, calendarId);
  }

  /** Takes in the ticket's current facts. */
  public final void observe(TicketFacts facts) {
    status = Objects.requireNonNull(facts.status());
    priority = Objects.requireNonNull(facts.priority());
    categoryId = facts.categoryId();
    lineId = facts.lineId();
    channel = Objects.requireNonNull(facts.channel());
    requesterVip = facts.requesterVip();
    requesterUnitId = facts.requesterUnitId();
    active = status != TicketStatus.CLOSED;
  }

  public final void governBy(long newPolicyId, Long newCalendarId) {
    this.policyId = newPolicyId;
    this.calendarId = newCalendarId;
  }

  public TicketFacts facts() {
    return new TicketFacts(
        status, priority, categoryId, lineId, channel, requesterVip, requesterUnitId);
  }

  public Long getTicketId() {
    return ticketId;
  }

  public long getPolicyId() {
    return policyId;
  }

  /** Takes in what the directory now says of the requester (VIP, organisation unit). */
  public void requesterChanged(boolean vip, Long unitId) {
    this.requesterVip = vip;
    this.requesterUnitId = unitId;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return active;
  }
}
