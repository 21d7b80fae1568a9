package org.tierdesk.ticket.control;

import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Who may do what with a ticket. Support (agents, admins) works on every ticket; a requester sees
 * and answers only their own, and may only confirm or reject a resolution.
 */
public final class TicketAccess {

  private final Person caller;
  private final boolean support;

  public TicketAccess(Person caller, boolean support) {
    this.caller = caller;
    this.support = support;
  }

  public boolean isSupport() {
    return support;
  }

  public boolean maySee(Ticket ticket) {
    return support || ticket.isRequester(caller);
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
    requireSee(ticket);
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
