package org.tierdesk.ticket.control;

import java.util.Optional;
import java.util.Set;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Who may do what with a ticket. Admins (and the system's own work) see every ticket; an agent sees
 * the tickets of the support lines they work in or lead, those assigned to them and their own
 * requests; a requester sees and answers only their own, and may only confirm or reject a
 * resolution. Where configured, a requester may also read (never change) the tickets of requesters
 * in their department.
 */
public final class TicketAccess {

  private final Person caller;
  private final boolean support;
  private final Set<Long> lineIds;
  private final Long departmentId;

  /**
   * @param lineIds for an agent, the ids of the lines they work in or lead; null for someone who
   *     sees every ticket (admins, system work), ignored for requesters
   * @param departmentId the organisation unit whose requesters' tickets a requester may read, or
   *     null
   */
  public TicketAccess(Person caller, boolean support, Set<Long> lineIds, Long departmentId) {
    this.caller = caller;
    this.support = support;
    this.lineIds = lineIds == null ? null : Set.copyOf(lineIds);
    this.departmentId = departmentId;
  }

  /** For an agent limited to some lines, those lines' ids; empty when they see everything. */
  public Optional<Set<Long>> limitedToLines() {
    return support ? Optional.ofNullable(lineIds) : Optional.empty();
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

  /**
   * Replying, attaching and moving the status: the ticket's own requester, and support within the
   * lines it sees.
   */
  public boolean mayAct(Ticket ticket) {
    if (ticket.isRequester(caller)) {
      return true;
    }
    if (!support) {
      return false;
    }
    return lineIds == null || lineIds.contains(ticket.getLineId()) || ticket.isAssignedTo(caller);
  }

  public void requireAct(Ticket ticket) {
    requireSee(ticket);
    if (!mayAct(ticket)) {
      throw new AccessDenied("ticket.departmentReadOnly", ticket.displayNumber());
    }
  }

  private boolean isInDepartment(Ticket ticket) {
    return departmentId != null && departmentId.equals(ticket.getRequester().getOrgUnitId());
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
