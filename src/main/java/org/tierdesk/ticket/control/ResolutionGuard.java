package org.tierdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.ticket.boundary.TicketChanged;
import org.tierdesk.ticket.entity.LinkKind;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketLink;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Refuses to resolve a parent ticket while any of its children is open, whichever way the
 * resolution comes (status change, macro, REST). It runs in the change's transaction, so the
 * refusal rolls the whole change back; a resolution forced with a reason passes.
 */
@ApplicationScoped
public class ResolutionGuard {

  @PersistenceContext EntityManager em;

  void onChange(@Observes TicketChanged change) {
    boolean resolves =
        change.events().stream()
            .anyMatch(
                e ->
                    e.getType() == TicketEventType.STATUS_CHANGED
                        && TicketStatus.RESOLVED.name().equals(e.getNewValue()));
    if (!resolves || Ticket.forcedIn(change.events())) {
      return;
    }
    long open =
        em.createNamedQuery(TicketLink.OPEN_CHILDREN, Long.class)
            .setParameter("ticketId", change.ticket().getId())
            .setParameter("kind", LinkKind.PARENT)
            .setParameter("open", TicketStatus.OPEN)
            .getSingleResult();
    if (open > 0) {
      throw new Conflict("ticket.parent.openChildren", change.ticket().displayNumber(), open);
    }
  }
}
