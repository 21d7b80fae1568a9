package org.tierdesk.ui.agent;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tierdesk.platform.persistence.Page;

/** A list the table pages through in the database, one page per request, in a fixed order. */
public class PagedList<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;
  static final int MAX_PAGE = 200;

  /** Reads one page. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> page(int page, int size);
  }

  /** A row's key. */
  @FunctionalInterface
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Source<T> source;
  private final Key<T> key;

  public PagedList(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.page(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    Page<T> page = source.page(first / size, size);
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> key.apply(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
