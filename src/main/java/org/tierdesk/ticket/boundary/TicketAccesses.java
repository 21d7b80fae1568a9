package org.tierdesk.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.ticket.control.TicketAccess;

/**
 * The caller's access to tickets, the one way every ticket boundary decides it: requesters their
 * own tickets, agents those of the lines they work in or lead (and assigned to them), admins and
 * system work everything.
 */
@ApplicationScoped
public class TicketAccesses {

  @Inject CurrentUser currentUser;
  @Inject SupportLines lines;
  @Inject DepartmentTickets departmentTickets;

  public TicketAccess current() {
    Person caller = currentUser.person();
    boolean support = currentUser.isSupport();
    Set<Long> lineIds =
        !support || currentUser.seesEveryTicket()
            ? null
            : lines.lineIdsOfMemberOrLead(caller.getId());
    return new TicketAccess(caller, support, lineIds, departmentTickets.departmentOf(caller));
  }
}
