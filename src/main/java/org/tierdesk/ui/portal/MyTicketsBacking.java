package org.tierdesk.ui.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ui.TicketList;

/** {@code /portal/index.xhtml}: the tickets the logged-in person asked for, newest change first. */
@Named("myTickets")
@ViewScoped
public class MyTicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  private final TicketList list = new TicketList(this::search);

  private Page<TicketView> search(String sort, boolean ascending, int page, int size) {
    return tickets.searchOwn(new TicketQuery(null, null, null, null, sort, ascending, page, size));
  }

  public TicketList getList() {
    return list;
  }
}
