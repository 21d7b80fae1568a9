package org.tierdesk.sla.entity;

/** What a policy does when one of its clocks warns or breaches. */
public enum SlaAction {
  NOTIFY_ASSIGNEE,
  NOTIFY_LINE_LEADS,
  NOTIFY_REQUESTER,
  ESCALATE_TO_NEXT_LINE,
  RAISE_PRIORITY
}
