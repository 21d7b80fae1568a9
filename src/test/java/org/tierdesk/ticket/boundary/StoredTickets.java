package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;

/**
 * Reads and writes ticket rows beside the boundary, for the in-container {@link TicketHistoryIT}.
 * Every method runs in a transaction of its own, so it sees what is committed, with a fresh
 * persistence context, and returns detached entities.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoredTickets {

  @PersistenceContext EntityManager em;

  public Ticket ticket(long id) {
    return em.find(Ticket.class, id);
  }

  public List<TicketEvent> events(long ticketId) {
    return em.createNamedQuery(TicketEvent.OF_TICKET, TicketEvent.class)
        .setParameter("ticketId", ticketId)
        .getResultList();
  }

  public TicketEvent event(long id) {
    return em.find(TicketEvent.class, id);
  }

  /** Writes a detached entity's state back, the way JPA applies any edit of a detached copy. */
  public void merge(Object detached) {
    em.merge(detached);
    em.flush();
  }

  public String bodyInTheDatabase(long eventId) {
    return (String)
        em.createNativeQuery("SELECT body FROM ticket_event WHERE id = ?1")
            .setParameter(1, eventId)
            .getSingleResult();
  }
}
