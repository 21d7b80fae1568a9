package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * A linked ticket as seen from one ticket: {@code role} is what the other ticket is to this one —
 * {@code related}, {@code parent}, {@code child}, {@code mergedInto} (this ticket was merged into
 * it) or {@code mergedFrom} (it was merged into this one).
 */
public record LinkView(
    long ticketId,
    String number,
    String subject,
    TicketStatus status,
    String role,
    Instant linkedAt)
    implements Serializable {

  public static final String RELATED = "related";
  public static final String PARENT = "parent";
  public static final String CHILD = "child";
  public static final String MERGED_INTO = "mergedInto";
  public static final String MERGED_FROM = "mergedFrom";

  public boolean open() {
    return status.isOpen();
  }
}
