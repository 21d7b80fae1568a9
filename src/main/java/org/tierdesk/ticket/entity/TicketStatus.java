package org.tierdesk.ticket.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. The allowed moves form a small workflow; anything else is refused with a
 * message rather than silently accepted.
 */
public enum TicketStatus {
  NEW,
  IN_PROGRESS,
  WAITING_FOR_REQUESTER,
  RESOLVED,
  CLOSED,
  REOPENED,
  /**
   * Linked to an external defect, waiting for its fix (issue 4). Entered only by linking a defect,
   * left when the defect is fixed (or by an agent moving it on).
   */
  WAITING_FOR_DEVELOPMENT;

  /** Statuses in which someone in support still has work to do. */
  public static final Set<TicketStatus> OPEN =
      EnumSet.of(NEW, IN_PROGRESS, WAITING_FOR_REQUESTER, REOPENED, WAITING_FOR_DEVELOPMENT);

  public Set<TicketStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED);
      case IN_PROGRESS -> EnumSet.of(WAITING_FOR_REQUESTER, RESOLVED);
      case WAITING_FOR_REQUESTER -> EnumSet.of(IN_PROGRESS, RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
      case REOPENED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED);
      case CLOSED -> EnumSet.noneOf(TicketStatus.class);
      case WAITING_FOR_DEVELOPMENT -> EnumSet.of(IN_PROGRESS, RESOLVED);
    };
  }

  public boolean canMoveTo(TicketStatus target) {
    return next().contains(target);
  }

  /** Moves a requester may make on their own ticket: confirm or reject a resolution. */
  public boolean requesterMayMoveTo(TicketStatus target) {
    return this == RESOLVED && (target == CLOSED || target == REOPENED);
  }

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
