package org.tierdesk.ticket.boundary;

import java.util.Set;

/**
 * What a ticket list asks for: optional filters, one page and a sort order. {@code assignee} takes
 * a username, or {@value #UNASSIGNED} for tickets nobody owns.
 */
public record TicketQuery(
    String status,
    String line,
    String assignee,
    String text,
    String sort,
    boolean ascending,
    int page,
    int size) {

  public static final String UNASSIGNED = "none";
  public static final int MAX_SIZE = 200;
  public static final Set<String> SORTABLE =
      Set.of("number", "subject", "status", "createdAt", "updatedAt");

  public static TicketQuery firstPage(int size) {
    return new TicketQuery(null, null, null, null, "updatedAt", false, 0, size);
  }
}
