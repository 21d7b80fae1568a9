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
  // Agent productivity: field names what the entry is about, newValue the tag, the minutes or
  // the other ticket's number.
  TAG_ADDED,
  TAG_REMOVED,
  TIME_LOGGED,
  LINKED,
  UNLINKED,
  /** On a merged ticket: "mergedInto"; on the ticket it went into: "mergedFrom". */
  MERGED,
  /** A parent resolved while children were still open; the body keeps the agent's reason. */
  RESOLUTION_FORCED,
  /** A macro was applied; its actions follow as entries of their own. */
  MACRO_APPLIED,
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
