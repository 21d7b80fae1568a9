package org.tierdesk.ui.agent;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.TicketList;

/**
 * {@code /agent/index.xhtml}: the ticket queue. It opens on every ticket that still needs work;
 * status, line, assignee and a search text narrow it, all in the database.
 */
@Named("queue")
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String TABLE = "queue:tickets";

  @Inject Tickets tickets;

  private String status = TicketQuery.ANY_OPEN;
  private String line;
  private String assignee;
  private String text;
  private String scope;
  private String tag;
  private final TicketList list = new TicketList(this::search);

  private Page<TicketView> search(String sort, boolean ascending, int page, int size) {
    try {
      return tickets.search(
          new TicketQuery(status, line, assignee, text, sort, ascending, page, size, scope, tag));
    } catch (TierdeskException e) {
      Messages.error(e);
      return new Page<>(List.of(), 0);
    }
  }

  /** New filters show their first page. */
  public void filter() {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public String getAnyOpen() {
    return TicketQuery.ANY_OPEN;
  }

  public String getUnassigned() {
    return TicketQuery.UNASSIGNED;
  }

  public TicketList getList() {
    return list;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  /** One of the console's views ("mine", "escalatedToMyLines", ...), or null for all tickets. */
  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = AgentMenu.SCOPES.contains(scope) ? scope : null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
