package org.tierdesk.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.boundary.TicketView;

/**
 * A ticket list paged, sorted and filtered in the database. The table asks for one page at a time;
 * the filters come from the screen's own fields through the {@link Source}.
 */
public class TicketList extends ResponseRowsModel<TicketView> {

  private static final long serialVersionUID = 1L;
  static final String DEFAULT_SORT = "updatedAt";

  /** Runs a query with the screen's current filters; the list adds paging and sorting. */
  @FunctionalInterface
  public interface Source extends Serializable {
    Page<TicketView> search(String sort, boolean ascending, int page, int size);
  }

  /**
   * Runs a query with the screen's current filters and a count of its matches made just before in
   * the same request (or null): where that count covers the page, the query need not count again.
   */
  @FunctionalInterface
  public interface CountedSource extends Serializable {
    Page<TicketView> search(String sort, boolean ascending, int page, int size, Page.Count counted);
  }

  /** Counts what the screen's current filters match, without reading a page. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    Page.Count count();
  }

  private final CountedSource source;
  private final Counter counter;
  private boolean exact = true;

  /**
   * The table's count of this request, handed to the next page load and then dropped: a load
   * without a count before it (in a later request, filters may have changed) counts for itself.
   */
  private transient Page.Count counted;

  public TicketList(Source source) {
    this(
        (sort, ascending, page, size, counted) -> source.search(sort, ascending, page, size), null);
  }

  /**
   * @param counter answers the table's question "how many?" on its own, and the page load that
   *     follows in the same request reuses its answer; without it the list reads a one-row page for
   *     its total
   */
  public TicketList(CountedSource source, Counter counter) {
    this.source = source;
    this.counter = counter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (counter != null) {
      Page.Count count = counter.count();
      counted = count;
      exact = count.exact();
      return (int) count.value();
    }
    Page<TicketView> first = source.search(DEFAULT_SORT, false, 0, 1, null);
    exact = first.exact();
    return (int) first.total();
  }

  /**
   * The rows shown are not part of the view's serialized state (the session is serialized after
   * every request, see web.xml's {@code <distributable/>}): a list that moved to another node reads
   * its page again.
   */
  private Object writeReplace() {
    return new TicketList(source, counter);
  }

  /** False when the list holds more tickets than it counted (see {@link Page#COUNT_LIMIT}). */
  public boolean isExact() {
    return exact;
  }

  @Override
  public List<TicketView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, TicketQuery.MAX_SIZE));
    SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
    boolean sorted = sort != null && TicketQuery.SORTABLE.contains(sort.getField());
    Page<TicketView> page =
        source.search(
            sorted ? sort.getField() : DEFAULT_SORT,
            sorted && sort.getOrder() == SortOrder.ASCENDING,
            first / size,
            size,
            counted);
    counted = null;
    setRowCount((int) page.total());
    exact = page.exact();
    return page.items();
  }

  @Override
  public String getRowKey(TicketView ticket) {
    return String.valueOf(ticket.id());
  }

  @Override
  public TicketView getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(t -> String.valueOf(t.id()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
