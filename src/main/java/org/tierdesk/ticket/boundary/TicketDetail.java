package org.tierdesk.ticket.boundary;

import java.util.List;

/**
 * A ticket with its history and attachments as the caller may see them, read together in one
 * transaction: what a ticket page shows first.
 */
public record TicketDetail(
    TicketView ticket, List<HistoryEntry> history, List<AttachmentView> attachments) {

  public TicketDetail {
    history = List.copyOf(history);
    attachments = List.copyOf(attachments);
  }
}
