package org.tierdesk.platform.persistence;

import java.util.List;

/** One page of a list that is paged in the database, with the total number of matches. */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
