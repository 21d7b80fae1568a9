package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import org.tierdesk.ticket.entity.Ticket;

/** History entries other components leave on a ticket without changing it (support only). */
@Stateless
public class TicketJournal extends TicketWork {

  /** Notes that a macro is being applied, before its actions write their own entries. */
  public void macroApplied(long id, String macroName) {
    Ticket ticket = supportTicket(id, null);
    ticket.recordMacro(macroName, currentUser.person(), clock.instant());
    save(ticket);
  }
}
