package org.tierdesk.sla.entity;

/** What an SLA clock measures. */
public enum SlaMetric {
  /** From the ticket's creation to support's first response. */
  FIRST_RESPONSE,
  /** From a requester's message (once the first response is done) to support's next answer. */
  NEXT_RESPONSE,
  /** From the ticket's creation to its resolution; reopening resumes it. */
  RESOLUTION
}
