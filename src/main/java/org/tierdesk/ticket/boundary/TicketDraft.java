package org.tierdesk.ticket.boundary;

/**
 * A new ticket as a caller describes it. Codes and names are plain text here and checked by the
 * boundary, so that a wrong value is reported with the field it came from. {@code requester} is for
 * agents who log a request on someone's behalf (phone, walk-in); others leave it empty.
 */
public record TicketDraft(
    String subject,
    String description,
    String category,
    String priority,
    String channel,
    String requester,
    Environment environment) {

  /** The environment details as entered. */
  public record Environment(
      String os, String browser, String application, String applicationVersion) {}
}
