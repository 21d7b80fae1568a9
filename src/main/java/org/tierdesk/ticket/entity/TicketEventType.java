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
  ATTACHMENT_ADDED
}
