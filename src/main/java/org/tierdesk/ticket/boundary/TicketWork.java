package org.tierdesk.ticket.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.ticket.control.TicketAccess;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;

/**
 * What the agent-productivity facades ({@link TicketTags}, {@link TimeEntries}, {@link
 * TicketRelations}) share with {@link Tickets}: finding a ticket the caller may work on and saving
 * a change with its history, announced to observers in the same transaction.
 */
abstract class TicketWork {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject TicketAccesses accesses;
  @Inject Clock clock;
  @Inject Event<TicketChanged> changed;

  TicketAccess access() {
    return accesses.current();
  }

  /** A ticket for support's work, seen at {@code expectedVersion} (null: any). */
  Ticket supportTicket(long id, Long expectedVersion) {
    access().requireSupport();
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", id);
    }
    ticket.requireVersion(expectedVersion);
    return ticket;
  }

  /** A ticket named the way people write it: "TD-1005" or "1005". */
  Ticket byReference(String field, String reference) {
    if (reference == null || reference.isBlank()) {
      throw new InvalidInput(field, "error.field.required");
    }
    String text = reference.strip().toUpperCase(Locale.ROOT);
    if (text.startsWith(Ticket.NUMBER_PREFIX)) {
      text = text.substring(Ticket.NUMBER_PREFIX.length());
    }
    if (!text.matches("\\d{1,18}")) {
      throw new InvalidInput(field, "ticket.reference.invalid", reference.strip());
    }
    return em.createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
        .setParameter("number", Long.parseLong(text))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInput(field, "ticket.reference.unknown", reference.strip()));
  }

  /**
   * Persists the history the ticket recorded and tells observers. Copies of a merged ticket's
   * entries are history of that ticket, so observers (SLA clocks) are not told about them.
   */
  void save(Ticket ticket) {
    List<TicketEvent> events = ticket.takeRecordedEvents();
    events.forEach(em::persist);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new Conflict("ticket.stale.concurrent", ticket.displayNumber());
    }
    List<TicketEvent> announced = events.stream().filter(e -> !e.isMergedCopy()).toList();
    if (!announced.isEmpty()) {
      changed.fire(new TicketChanged(ticket, announced));
    }
  }
}
