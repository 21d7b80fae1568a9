package org.tierdesk.ui;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The model of a lazy table whose rows are kept for the response that shows them only.
 *
 * <p>A lazy table's model lives in a view-scoped bean, and the session keeps the beans of its last
 * 15 views for postbacks (web.xml). Every page view's rows stayed there with them: after a full
 * benchmark run, 32,040 queue rows ({@code TicketView}s with their clocks, names and times), about
 * 400 per agent session. PrimeFaces reads a lazy table's page anew before every render of the
 * table, so nothing needs them once the response is written: {@link ResponseRowsRelease} then
 * leaves the model an empty page. Its row count stays for the paginator of a postback.
 *
 * <p>Only for tables whose rows hold no inputs and no commands. A postback that processes the table
 * finds no rows to decode (PrimeFaces reads the page again only when the model holds none at all,
 * which would cost a second read per paging click); a command in a row would be lost, so the kit's
 * tables with their edit and delete buttons keep their rows.
 */
public abstract class ResponseRowsModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The request attribute that lists the models holding rows of this response. */
  static final String SHOWN = ResponseRowsModel.class.getName() + ".shown";

  @Override
  public void setWrappedData(Object rows) {
    super.setWrappedData(rows);
    if (rows instanceof List<?> list && !list.isEmpty()) {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null) {
        shownIn(context).add(this);
      }
    }
  }

  /** Drops the rows, keeping the row count. */
  void releaseRows() {
    super.setWrappedData(List.of());
  }

  @SuppressWarnings("unchecked")
  static List<ResponseRowsModel<?>> shownIn(FacesContext context) {
    return (List<ResponseRowsModel<?>>)
        context
            .getAttributes()
            .computeIfAbsent(SHOWN, key -> new ArrayList<ResponseRowsModel<?>>());
  }
}
