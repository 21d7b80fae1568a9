package org.tierdesk.ticket.boundary;

import java.util.List;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;

/**
 * Published inside the transaction of every ticket change, after its history is written. Observers
 * (SLA clocks, notifications) react in the same transaction with {@code
 * TransactionPhase.IN_PROGRESS}, or after commit.
 */
public record TicketChanged(Ticket ticket, List<TicketEvent> events) {

  public TicketChanged {
    events = List.copyOf(events);
  }
}
