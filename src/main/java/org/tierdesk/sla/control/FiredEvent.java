package org.tierdesk.sla.control;

import java.time.Instant;
import org.tierdesk.sla.entity.SlaEvent;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaMetric;

/** A warning or breach as reported by a sweep. */
public record FiredEvent(
    long eventId,
    long ticketId,
    SlaMetric metric,
    SlaEventKind kind,
    Instant dueAt,
    Instant firedAt,
    String firedBy) {

  static FiredEvent of(SlaEvent event) {
    return new FiredEvent(
        event.getId(),
        event.getTicketId(),
        event.getMetric(),
        event.getKind(),
        event.getDueAt(),
        event.getFiredAt(),
        event.getFiredBy());
  }
}
