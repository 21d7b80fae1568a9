package org.tierdesk.ticket.entity;

/** The kinds of entries in a ticket's history. */
public enum TicketEventType {
  CREATED,
  FIELD_CHANGED,
  STATUS_CHANGED,
  ASSIGNED,
  LINE_CHANGED,
  REPLY,
  NOTE,
  ATTACHMENT_ADDED,
  /** An SLA clock reached its warning threshold; field names the metric, newValue the due time. */
  SLA_WARNING,
  /** An SLA clock passed its deadline; field names the metric, newValue the due time. */
  SLA_BREACHED;

  /** True for the entries the SLA engine writes (it ignores them when it follows changes). */
  public boolean isSla() {
    return this == SLA_WARNING || this == SLA_BREACHED;
  }
}
