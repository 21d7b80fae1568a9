package org.tierdesk.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
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

  /** The id of the newest entry of the given ones, {@link Long#MIN_VALUE} when there are none. */
  public static long newestId(List<TimelineItem> entries) {
    return entries.stream().mapToLong(TimelineItem::id).max().orElse(Long.MIN_VALUE);
  }

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
