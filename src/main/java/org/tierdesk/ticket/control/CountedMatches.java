package org.tierdesk.ticket.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Objects;

/**
 * The matches of a subject search that a paged table's count has just read, handed to the page load
 * that follows in the same request. A table asks "how many?" before it loads a page; with at most
 * {@code Page.COUNT_LIMIT} matches both need the same rows (the ids and sort values that {@link
 * TicketSearch} sorts in Java), so the load takes them instead of searching the subjects again.
 * Kept for one load only: a later load, with the filters perhaps changed, reads for itself.
 */
@RequestScoped
public class CountedMatches {

  private Object search;
  private List<Object[]> rows;

  /**
   * Keeps the rows a count read for a search (its conditions, parameters and sort, as one value).
   */
  void keep(Object search, List<Object[]> rows) {
    this.search = search;
    this.rows = rows;
  }

  /** The rows kept for this search, or null; either way nothing is kept afterwards. */
  List<Object[]> take(Object search) {
    List<Object[]> kept = Objects.equals(this.search, search) ? rows : null;
    this.search = null;
    this.rows = null;
    return kept;
  }
}
