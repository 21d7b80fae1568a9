package org.tierdesk.ticket.entity;

/** How urgent a request is, lowest first. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
