package org.tierdesk.ticket.entity;

/** How a request reached support. */
public enum Channel {
  PORTAL,
  EMAIL,
  PHONE,
  CHAT,
  API
}
