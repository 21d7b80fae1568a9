package org.tierdesk.ui;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * One entry of a ticket's timeline, worded for the viewer: {@code change} reads like "Priority:
 * Normal → High", {@code body} is the reply, note or comment as written.
 */
public record TimelineItem(
    long id,
    TicketEventType type,
    String actorName,
    Instant at,
    String change,
    String body,
    boolean internal,
    Long attachmentId,
    String attachmentName,
    Long attachmentSize)
    implements Serializable {

  public boolean isMessage() {
    return type == TicketEventType.REPLY || type == TicketEventType.NOTE;
  }

  public boolean hasAttachment() {
    return attachmentId != null;
  }

  /** CSS modifier of the entry: replies, notes and the rest look different. */
  public String kind() {
    if (internal) {
      return "internal";
    }
    return isMessage() ? "message" : "event";
  }
}
