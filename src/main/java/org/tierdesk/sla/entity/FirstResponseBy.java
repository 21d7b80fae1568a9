package org.tierdesk.sla.entity;

/**
 * Support activities that a policy may count as the first response. Internal notes never count: the
 * requester does not see them.
 */
public enum FirstResponseBy {
  /** A public reply by support. */
  PUBLIC_REPLY,
  /** Support moving the ticket to another status (e.g. to "waiting for requester"). */
  STATUS_CHANGE,
  /** An agent taking the ticket or assigning it. */
  ASSIGNMENT
}
