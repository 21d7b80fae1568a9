package org.tierdesk.ui.agent;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.sla.boundary.DueClock;
import org.tierdesk.sla.boundary.SlaClocks;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ResponseRowsModel;

/**
 * {@code /agent/breaching.xhtml}: running SLA clocks by nearest deadline ("breaching soon"), or the
 * clocks already breached on tickets still being worked, optionally of one line; paged in the
 * database.
 */
@Named("breaching")
@ViewScoped
public class BreachingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String TABLE = "breaching:clocks";
  static final String SOON = "soon";
  static final String BREACHED = "breached";

  @Inject SlaClocks slaClocks;

  private String line;
  private String show = SOON;
  private final Clocks clocks = new Clocks();

  /** The table's rows: one page of clocks at a time, in the boundary's order (nearest due). */
  public class Clocks extends ResponseRowsModel<DueClock> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      try {
        return (int) slaClocks.count(isShowingBreached(), line).value();
      } catch (TierdeskException e) {
        Messages.error(e);
        return 0;
      }
    }

    @Override
    public List<DueClock> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, SlaClocks.MAX_PAGE_SIZE));
      Page<DueClock> page = page(first / size, size);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(DueClock row) {
      return row.ticket().id() + "-" + row.clock().metric();
    }

    @Override
    public DueClock getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(row -> getRowKey(row).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  Page<DueClock> page(int page, int size) {
    try {
      return isShowingBreached()
          ? slaClocks.breached(line, page, size)
          : slaClocks.breachingSoon(line, page, size);
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

  public boolean isShowingBreached() {
    return BREACHED.equals(show);
  }

  public Clocks getClocks() {
    return clocks;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = BREACHED.equals(show) ? BREACHED : SOON;
  }
}
