package org.tierdesk.routing.entity;

/** Whether an agent takes new tickets. */
public enum Availability {
  ON_DUTY,
  AWAY,
  /** Away until a date; on duty again from then on. */
  OUT_OF_OFFICE
}
