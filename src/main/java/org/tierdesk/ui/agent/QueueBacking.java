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
import org.tierdesk.ticket.boundary.SavedFilters;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ui.Choices;
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
  @Inject SavedFilters savedFilters;
  @Inject Choices choices;

  private String status = TicketQuery.ANY_OPEN;
  private String line;
  private String assignee;
  private String text;
  private String scope;
  private String tag;
  private String queue;
  private String priority;
  private String category;
  private String filterName;
  private SavedFilters.View applied;

  /** The sort a saved filter asks for, used while the table is not sorted otherwise. */
  private String preferredSort;

  private boolean preferredAscending;
  private String lastSort = "updatedAt";
  private boolean lastAscending;
  private final TicketList list = new TicketList(this::search, this::count);

  private Page.Count count() {
    try {
      return tickets.count(query(lastSort, lastAscending, 0, 1));
    } catch (TierdeskException e) {
      Messages.error(e);
      return new Page.Count(0, true);
    }
  }

  private TicketQuery query(String sort, boolean ascending, int page, int size) {
    return new TicketQuery(
        status, line, assignee, text, sort, ascending, page, size, scope, tag, queue, priority,
        category);
  }

  private Page<TicketView> search(
      String sort, boolean ascending, int page, int size, Page.Count counted) {
    String effective = sort;
    boolean up = ascending;
    if (preferredSort != null && "updatedAt".equals(sort) && !ascending) {
      effective = preferredSort;
      up = preferredAscending;
    }
    if (size > 1) {
      lastSort = effective;
      lastAscending = up;
    }
    try {
      return tickets.search(query(effective, up, page, size), counted);
    } catch (TierdeskException e) {
      Messages.error(e);
      return new Page<>(List.of(), 0);
    }
  }

  // Saved filters

  /** Opens the queue on a saved filter ({@code ?filter=id}); another agent's is not found. */
  public void setFilter(Long id) {
    if (id == null) {
      return;
    }
    try {
      SavedFilters.View f = savedFilters.get(id);
      applied = f;
      filterName = f.name();
      status = f.status();
      line = f.line();
      queue = f.queue();
      priority = f.priority();
      category = f.category();
      assignee = f.assignee();
      text = f.text();
      preferredSort = f.sort();
      preferredAscending = f.ascending();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public Long getFilter() {
    return applied == null ? null : applied.id();
  }

  /** Saves the current filter and sort under the typed name (the same name replaces it). */
  public void saveFilter() {
    try {
      applied =
          savedFilters.save(
              new SavedFilters.Form(
                  filterName,
                  status,
                  line,
                  queue,
                  priority,
                  category,
                  assignee,
                  text,
                  lastSort,
                  lastAscending));
      Messages.info("ui.filters.savedAs", applied.name());
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public String deleteFilter() {
    if (applied == null) {
      return null;
    }
    try {
      savedFilters.delete(applied.id());
      Messages.flash("ui.filters.deleted", applied.name());
    } catch (TierdeskException e) {
      Messages.error(e);
      return null;
    }
    return "/agent/index?faces-redirect=true";
  }

  /** Every queue, for the queue filter. */
  public List<Choices.Option> getQueueChoices() {
    java.util.Locale locale = Messages.locale();
    return choices.catalog().queues().stream()
        .map(q -> new Choices.Option(q.code(), q.name(locale)))
        .toList();
  }

  public SavedFilters.View getApplied() {
    return applied;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
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
