package org.tierdesk.sla.entity;

/**
 * Where an SLA clock stands. RUNNING and PAUSED are before the deadline; MET means done in time;
 * BREACHED means the deadline passed, whether the work is done since or not.
 */
public enum ClockState {
  RUNNING,
  PAUSED,
  MET,
  BREACHED
}
