package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketEventType;

/** One line of a ticket's timeline. */
public record HistoryEntry(
    long id,
    TicketEventType type,
    String actor,
    String actorName,
    Instant occurredAt,
    String field,
    String oldValue,
    String newValue,
    String body,
    boolean internal,
    Long attachmentId)
    implements Serializable {

  public static HistoryEntry of(TicketEvent event) {
    return new HistoryEntry(
        event.getId(),
        event.getType(),
        event.getActor() == null ? null : event.getActor().getUsername(),
        event.getActor() == null ? null : event.getActor().getDisplayName(),
        event.getOccurredAt(),
        event.getField(),
        event.getOldValue(),
        event.getNewValue(),
        event.getBody(),
        event.isInternal(),
        event.getAttachment() == null ? null : event.getAttachment().getId());
  }
}
