package org.tierdesk.sla.entity;

/** What the sweep fires for a clock: at most one of each per clock and cycle. */
public enum SlaEventKind {
  WARNING,
  BREACH
}
