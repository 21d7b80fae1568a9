package org.tierdesk.ticket.boundary;

import java.util.Set;

/**
 * What a ticket list asks for: optional filters, one page and a sort order. {@code status} takes a
 * status name, or {@value #ANY_OPEN} for every status in which support still has work to do; {@code
 * assignee} takes a username, or {@value #UNASSIGNED} for tickets nobody owns; {@code scope} one of
 * {@link #SCOPES}, relative to the caller (their tickets, queues, lines); {@code tag} a tag
 * (support only).
 */
public record TicketQuery(
    String status,
    String line,
    String assignee,
    String text,
    String sort,
    boolean ascending,
    int page,
    int size,
    String scope,
    String tag,
    String queue,
    String priority,
    String category) {

  /** Without the tag, queue, priority and category filters. */
  public TicketQuery(
      String status,
      String line,
      String assignee,
      String text,
      String sort,
      boolean ascending,
      int page,
      int size,
      String scope) {
    this(status, line, assignee, text, sort, ascending, page, size, scope, null, null, null, null);
  }

  /** The same query with another status filter. */
  public TicketQuery withStatus(String newStatus) {
    return new TicketQuery(
        newStatus, line, assignee, text, sort, ascending, page, size, scope, tag, queue, priority,
        category);
  }

  /** The same query with another sort field. */
  public TicketQuery withSort(String newSort) {
    return new TicketQuery(
        status, line, assignee, text, newSort, ascending, page, size, scope, tag, queue, priority,
        category);
  }

  /** The agent console's views; each implies open tickets unless a status is given. */
  public static final Set<String> SCOPES =
      Set.of("mine", "myQueues", "unassignedInMyLines", "escalatedToMyLines");

  public TicketQuery(
      String status,
      String line,
      String assignee,
      String text,
      String sort,
      boolean ascending,
      int page,
      int size) {
    this(status, line, assignee, text, sort, ascending, page, size, null);
  }

  public static final String UNASSIGNED = "none";
  public static final String ANY_OPEN = "OPEN";
  public static final int MAX_SIZE = 200;
  public static final Set<String> SORTABLE =
      Set.of("number", "subject", "status", "createdAt", "updatedAt");

  public static TicketQuery firstPage(int size) {
    return new TicketQuery(null, null, null, null, "updatedAt", false, 0, size);
  }
}
