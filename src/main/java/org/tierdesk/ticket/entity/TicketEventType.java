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
  SLA_BREACHED,
  /** Linked to an external defect; field "defect", newValue its key, the comment its URL. */
  DEFECT_LINKED,
  /** The linked defect was fixed; field "defect", oldValue its key. */
  DEFECT_FIXED,
  /** Nobody replied or noted for the line's idle time; newValue whom it told (usernames). */
  IDLE_ESCALATED;

  /** True for the entries the SLA engine writes (it ignores them when it follows changes). */
  public boolean isSla() {
    return this == SLA_WARNING || this == SLA_BREACHED;
  }
}
