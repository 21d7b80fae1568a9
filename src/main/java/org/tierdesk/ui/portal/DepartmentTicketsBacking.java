package org.tierdesk.ui.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ui.TicketList;

/**
 * The portal's "my department" list, where {@code tierdesk.portal.department-tickets} is on: the
 * tickets of everyone in the requester's department (theirs included), to read.
 */
@Named("departmentTickets")
@ViewScoped
public class DepartmentTicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  private boolean shown;
  private final TicketList list = new TicketList(this::search);

  @PostConstruct
  void init() {
    shown = tickets.seesDepartment();
  }

  private Page<TicketView> search(String sort, boolean ascending, int page, int size) {
    return tickets.search(new TicketQuery(null, null, null, null, sort, ascending, page, size));
  }

  public boolean isShown() {
    return shown;
  }

  public TicketList getList() {
    return list;
  }
}
