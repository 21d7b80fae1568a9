package org.tierdesk.ticket.control;

import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Who may do what with a ticket. Support (agents, admins) works on every ticket; a requester sees
 * and answers only their own, and may only confirm or reject a resolution. Where configured, a
 * requester may also read (never change) the tickets of requesters in their department.
 */
public final class TicketAccess {

  private final Person caller;
  private final boolean support;
  private final Long departmentId;

  public TicketAccess(Person caller, boolean support) {
    this(caller, support, null);
  }

  /**
   * @param departmentId the organisation unit whose requesters' tickets the caller may read, or
   *     null
   */
  public TicketAccess(Person caller, boolean support, Long departmentId) {
    this.caller = caller;
    this.support = support;
    this.departmentId = departmentId;
  }

  /** The unit whose tickets a requester may read besides their own, or null. */
  public Long departmentId() {
    return support ? null : departmentId;
  }

  public boolean isSupport() {
    return support;
  }

  public boolean maySee(Ticket ticket) {
    return mayAct(ticket) || isInDepartment(ticket);
  }

  /** Replying, attaching and moving the status: support and the ticket's own requester. */
  public boolean mayAct(Ticket ticket) {
    return support || ticket.isRequester(caller);
  }

  public void requireAct(Ticket ticket) {
    requireSee(ticket);
    if (!mayAct(ticket)) {
      throw new AccessDenied("ticket.departmentReadOnly", ticket.displayNumber());
    }
  }

  private boolean isInDepartment(Ticket ticket) {
    return departmentId != null
        && ticket.getRequester().getOrgUnit() != null
        && departmentId.equals(ticket.getRequester().getOrgUnit().getId());
  }

  public void requireSee(Ticket ticket) {
    if (!maySee(ticket)) {
      throw new AccessDenied("ticket.forbidden", ticket.displayNumber());
    }
  }

  public void requireSupport() {
    if (!support) {
      throw new AccessDenied("error.supportOnly");
    }
  }

  public void requireMove(Ticket ticket, TicketStatus target) {
    requireAct(ticket);
    if (!support && !ticket.getStatus().requesterMayMoveTo(target)) {
      throw new AccessDenied("ticket.transition.requesterRefused", target);
    }
  }

  /** Internal notes and their like are for support's eyes only. */
  public boolean maySeeInternal() {
    return support;
  }

  public Person caller() {
    return caller;
  }
}
