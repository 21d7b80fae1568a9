package org.tierdesk.ui.agent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.Defects;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ResponseRowsModel;

/**
 * {@code /agent/waiting.xhtml}: tickets waiting for development in the agent's lines (or coming
 * back to them when the defect is fixed), with their defect; paged in the database.
 */
@Named("waiting")
@ViewScoped
public class WaitingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Defects defects;

  private final Rows rows = new Rows();

  public Rows getRows() {
    return rows;
  }

  /** The lazy model of the table. */
  public class Rows extends ResponseRowsModel<Defects.Waiting> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<Defects.Waiting> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, 200));
      Page<Defects.Waiting> page = page(first / size, size);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(Defects.Waiting row) {
      return String.valueOf(row.ticketId());
    }

    private Page<Defects.Waiting> page(int page, int size) {
      try {
        return defects.waiting(page, size);
      } catch (TierdeskException e) {
        Messages.error(e);
        return new Page<>(List.of(), 0);
      }
    }
  }
}
