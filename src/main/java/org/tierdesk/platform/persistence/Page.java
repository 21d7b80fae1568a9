package org.tierdesk.platform.persistence;

import java.util.List;

/**
 * One page of a list that is paged in the database, with the number of matches. Long lists are
 * counted only up to a bound ({@link #COUNT_LIMIT}): then {@code exact} is false and {@code total}
 * is a lower bound ("more than 1,000"), which keeps counting from reading every match.
 */
public record Page<T>(List<T> items, long total, boolean exact) {

  /** How many matches a list counts at most before it says "more than" that. */
  public static final int COUNT_LIMIT = 1000;

  public Page {
    items = List.copyOf(items);
  }

  /** A page with an exact total. */
  public Page(List<T> items, long total) {
    this(items, total, true);
  }

  /**
   * The total of a bounded count: {@code found} rows read when at most {@code bound} were asked
   * for. Reading the whole bound means there may be more.
   */
  public static Count count(long found, long bound) {
    return found < bound ? new Count(found, true) : new Count(bound - 1, false);
  }

  /** How many rows a query would read when counted up to a bound: exactly, or at least. */
  public record Count(long value, boolean exact) {}
}
